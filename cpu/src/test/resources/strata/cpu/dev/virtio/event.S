# event: interrupt suppression with VIRTIO_F_EVENT_IDX (virtio 1.2, 2.7.7 and 2.7.10). The driver
# writes used_event after the available ring: interrupt me when the used index passes it. The
# first request after a reset interrupts whatever used_event says; NO_INTERRUPT means nothing
# any more. The device writes avail_event after the used ring: the next entry it will take.
# Each line is a flush request and the interrupt status it left (waited for, then acknowledged).
        .include "../../board/programs/virt.inc"
        .include "virtio.inc"
        .include "print.inc"
        .include "driver.inc"

        .equ USED_EVENT, AVAIL + RING_ENTRIES + 2 * QUEUE_SIZE
        .equ AVAIL_EVENT, USED + RING_ENTRIES + USED_ELEM_SIZE * QUEUE_SIZE
        .equ F_EVENT_IDX, 1 << 29

# FLUSH "name": a flush request, then " name" and the interrupt status it left, acknowledged.
        .macro FLUSH name
        li      a0, BLK_T_FLUSH
        li      a1, 0
        li      a2, 0
        li      a3, 0
        call    request
        call    settle
        SAY     "\name"
        SHOW    "interrupt", s5
        NEWLINE
        sw      s5, MMIO_INTERRUPT_ACK(s1)
        .endm

# SET offset, value: the halfword at ring + offset.
        .macro SET offset, value
        la      t0, ring
        li      t1, \value
        sh      t1, \offset(t0)
        fence   rw, rw
        .endm

        .text
        .globl _start
_start:
        call    scan
        call    start
        li      t0, F_EVENT_IDX
        and     s5, s9, t0
        SAY     "event index"
        SHOW    "taken", s5
        NEWLINE
        SET     USED_EVENT, 2
        FLUSH   "first, used_event 2"
        FLUSH   "second"
        FLUSH   "third, passes 2"
        SET     AVAIL + RING_FLAGS, 1
        SET     USED_EVENT, 3
        FLUSH   "fourth, NO_INTERRUPT, used_event 3"
        SET     USED_EVENT, 100
        FLUSH   "fifth, used_event 100"
        SET     USED_EVENT, 4
        FLUSH   "sixth, used_event 4 behind"
        la      t0, ring + AVAIL_EVENT
        lhu     s5, 0(t0)
        SAY     "avail_event"
        SHOW    "is", s5
        NEWLINE
        call    start
        SET     USED_EVENT, 100
        FLUSH   "first after a reset, used_event 100"
        li      a0, 0
        call    exit

# start: rings emptied, the device negotiated with EVENT_IDX, queue 0 set up. Clobbers s5-s7, s9-s11.
start:
        mv      s3, ra
        la      t0, ring + AVAIL
        sw      zero, 0(t0)
        la      t0, ring + USED
        sw      zero, 0(t0)
        li      a0, ACKED_LOW | F_EVENT_IDX
        call    negotiate
        call    setup_queue
        mv      ra, s3
        ret

# settle: s5 = the interrupt status once it is set, or after long enough that it will not be
# (QEMU sets it on another thread, a moment after the used ring).
settle:
        li      t1, 200000
1:      lw      s5, MMIO_INTERRUPT_STATUS(s1)
        bnez    s5, 2f
        addi    t1, t1, -1
        bnez    t1, 1b
2:      ret

        .include "driver.S"
        .include "../../board/programs/lib.S"
