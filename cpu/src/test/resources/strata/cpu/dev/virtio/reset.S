# reset: a system reset (sifive_test 0x7777) resets the virtio device too, as QEMU's does: the
# driver's status, features and queue are gone afterwards. The program runs twice; a word of RAM
# outside its image, which a reset leaves alone, tells the second run from the first.
        .include "../../board/programs/virt.inc"
        .include "virtio.inc"
        .include "print.inc"
        .include "driver.inc"

        .equ RUNS, 0x80100000           # not loaded from the ELF: keeps its value across a reset
        .equ TEST_RESET, 0x7777

        .text
        .globl _start
_start:
        li      s0, RUNS
        lw      t0, 0(s0)
        bnez    t0, second
        li      t0, 1
        sw      t0, 0(s0)
        call    scan
        li      a0, ACKED_LOW
        call    negotiate
        call    setup_queue
        call    show
        li      t0, TEST
        li      t1, TEST_RESET
        sw      t1, 0(t0)
1:      j       1b

second:
        sw      zero, 0(s0)
        li      s1, VIRTIO_SLOTS + (VIRTIO_SLOT_COUNT - 1) * VIRTIO_SLOT_SIZE
        SAY     "after the reset\n"
        call    show
        li      a0, 0
        call    exit

# show: the status, the features taken and the queue's size limit and rings, on a line.
show:
        mv      s11, ra
        lw      s5, MMIO_STATUS(s1)
        SAY     "device"
        SHOW    "status", s5
        lw      s4, MMIO_VERSION(s1)
        li      t0, 1
        bne     s4, t0, 1f
        lw      s5, MMIO_QUEUE_PFN(s1)
        j       2f
1:      lw      s5, MMIO_QUEUE_READY(s1)
2:      snez    s5, s5
        SHOW    "queue set", s5
        NEWLINE
        mv      ra, s11
        ret

        .include "driver.S"
        .include "../../board/programs/lib.S"
