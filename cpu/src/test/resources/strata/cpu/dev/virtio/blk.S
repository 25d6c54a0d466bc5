# blk: drives the virtio block device of the virt board directly, as a kernel's driver would, and
# prints what it sees: the eight virtio-mmio slots, the block device's features, queue and
# configuration, then one request of each kind with its status and used length. It reads, writes,
# reads back and compares (direct chains, an indirect table, a header split over two descriptors),
# asks for out-of-range sectors and an unknown request type, flushes, takes the interrupt through
# the PLIC, and ends by moving the available index too far, which breaks the device until reset.
# Either register layout: the version register says which one the board has.
        .include "../../board/programs/virt.inc"
        .include "virtio.inc"
        .include "print.inc"
        .include "driver.inc"

# CASE "text", type, sector, buffer, length: one request and its result on a line; sector is
# counted from the end of the disk (0 is the first sector past it), or -2 for sector 0.
        .macro CASE text, type, sector, buffer, length
        li      a0, \type
        .if     \sector == -2
        li      a1, 0
        .else
        addi    a1, s8, \sector
        .endif
        la      a2, \buffer
        li      a3, \length
        call    request
        RESULT  "\text"
        NEWLINE
        .endm

# SAME length: print whether the first length bytes of buffer_a and buffer_b are equal.
        .macro SAME length
        li      a0, \length
        call    compare
        bnez    a0, .Ldiffer\@
        SAY     " same"
        j       .Lsame\@
.Ldiffer\@:
        SAY     " different"
.Lsame\@:
        .endm

        .text
        .globl _start
_start:
        call    scan
        li      a0, ACKED_LOW
        call    negotiate
        call    setup_queue
        call    show_config
        call    requests
        call    interrupts
        call    break_device
        li      a0, 0
        call    exit

# requests: one request of each kind, each line its status and used length.
requests:
        mv      s11, ra
        la      a0, buffer_b            # GET_ID: the serial number, NUL-terminated (QEMU's is empty)
        li      a1, 32
        li      a2, 0xaa
        call    fill
        li      a0, BLK_T_GET_ID
        li      a1, 0
        la      a2, buffer_b
        li      a3, 20
        call    request
        RESULT  "get-id"
        la      t0, buffer_b
        lw      s5, 0(t0)
        SHOW    "id", s5
        la      t0, buffer_b
        lw      s5, 20(t0)
        SHOW    "after", s5
        NEWLINE

        li      a0, BLK_T_IN            # read sectors 0 and 1
        li      a1, 0
        la      a2, buffer_a
        li      a3, 1024
        call    request
        RESULT  "read 0-1"
        la      a0, buffer_a
        li      a1, 1024
        call    checksum
        mv      s5, a0
        SHOW    "sum", s5
        NEWLINE

        la      a0, buffer_b            # write sector 5, read it back
        li      a1, 1024
        li      a2, 0x5a000000
        call    pattern
        li      a0, BLK_T_OUT
        li      a1, 5
        la      a2, buffer_b
        li      a3, 512
        call    request
        RESULT  "write 5"
        NEWLINE
        li      a0, BLK_T_IN
        li      a1, 5
        la      a2, buffer_a
        li      a3, 512
        call    request
        RESULT  "read 5"
        SAME    512
        NEWLINE

        li      t0, F_INDIRECT_DESC     # write sectors 6 and 7 through an indirect table
        and     t0, s9, t0
        beqz    t0, 1f
        la      a0, buffer_b
        li      a1, 1024
        li      a2, 0x3c000000
        call    pattern
        call    indirect_write
        RESULT  "indirect write 6-7"
        NEWLINE
1:      call    split_read              # read them back: header and data in two pieces each
        RESULT  "split read 6-7"
        SAME    1024
        NEWLINE

        li      a0, BLK_T_IN            # the last sector: the image's last bytes, then zeros
        addi    a1, s8, -1
        la      a2, buffer_a
        li      a3, 512
        call    request
        RESULT  "read last"
        la      a0, buffer_a
        li      a1, 512
        call    checksum
        mv      s5, a0
        SHOW    "sum", s5
        NEWLINE
        la      a0, buffer_b
        li      a1, 512
        li      a2, 0x77000000
        call    pattern
        CASE    "write last", BLK_T_OUT, -1, buffer_b, 512
        CASE    "read past the end", BLK_T_IN, 0, buffer_a, 512
        CASE    "read across the end", BLK_T_IN, -1, buffer_a, 1024
        CASE    "write past the end", BLK_T_OUT, 0, buffer_b, 512
        CASE    "read 100 bytes", BLK_T_IN, -2, buffer_a, 100
        CASE    "type 0x20", 0x20, -2, buffer_b, 512
        CASE    "flush", BLK_T_FLUSH, -2, buffer_b, 0
        mv      ra, s11
        ret

# interrupts: the device's line through the PLIC (context 0, polled through claim, no trap).
interrupts:
        mv      s11, ra
        lw      s5, MMIO_INTERRUPT_STATUS(s1)
        li      t0, 3
        sw      t0, MMIO_INTERRUPT_ACK(s1)
        lw      s6, MMIO_INTERRUPT_STATUS(s1)
        SAY     "interrupt"
        SHOW    "status", s5
        SHOW    "acked", s6
        li      t0, PLIC_PRIORITY       # the source stays pending from the requests above
        slli    t1, s2, 2
        add     t0, t0, t1
        li      t1, 1
        sw      t1, 0(t0)
        li      t0, PLIC_ENABLE
        li      t1, 1
        sll     t1, t1, s2
        sw      t1, 0(t0)
        li      t0, PLIC_THRESHOLD
        sw      zero, 0(t0)
        li      t0, PLIC_CLAIM
        lw      s5, 0(t0)
        sw      s5, 0(t0)
        lw      s6, 0(t0)
        SHOW    "claimed", s5
        SHOW    "then", s6
        NEWLINE
        li      a0, BLK_T_FLUSH         # a new request raises it again
        li      a1, 0
        li      a2, 0
        li      a3, 0
        call    request
        li      t1, 100000              # QEMU may update the used ring a moment before the status
1:      lw      s5, MMIO_INTERRUPT_STATUS(s1)
        bnez    s5, 2f
        addi    t1, t1, -1
        bnez    t1, 1b
2:      li      t0, PLIC_CLAIM
        lw      s6, 0(t0)
        sw      s5, MMIO_INTERRUPT_ACK(s1)
        sw      s6, 0(t0)
        lw      s7, 0(t0)
        SAY     "interrupt"
        SHOW    "status", s5
        SHOW    "claimed", s6
        SHOW    "then", s7
        NEWLINE
        mv      ra, s11
        ret

# break_device: offer descriptor QUEUE_SIZE + 1, which does not exist, and notify. The device
# stops taking requests: a modern one says DEVICE_NEEDS_RESET and signals a configuration
# change; a legacy one has no way to say so. A reset (status 0) clears it.
break_device:
        mv      s11, ra
        la      t0, ring + AVAIL
        lhu     t1, RING_IDX(t0)
        andi    t2, t1, QUEUE_SIZE - 1
        slli    t2, t2, 1
        add     t2, t2, t0
        li      t3, QUEUE_SIZE + 1
        sh      t3, RING_ENTRIES(t2)
        fence   rw, rw
        addi    t1, t1, 1
        sh      t1, RING_IDX(t0)
        fence   rw, rw
        sw      zero, MMIO_QUEUE_NOTIFY(s1)
        lw      s5, MMIO_STATUS(s1)
        lw      s6, MMIO_INTERRUPT_STATUS(s1)
        SAY     "broken"
        SHOW    "status", s5
        SHOW    "interrupt", s6
        li      t0, 2
        bne     s4, t0, 1f
        lw      s7, MMIO_CONFIG_GENERATION(s1)
        SHOW    "generation", s7
1:      sw      zero, MMIO_STATUS(s1)
        lw      s5, MMIO_STATUS(s1)
        lw      s6, MMIO_INTERRUPT_STATUS(s1)
        SHOW    "reset", s5
        SHOW    "interrupt", s6
        NEWLINE
        mv      ra, s11
        ret

# indirect_write: write buffer_b to sectors 6 and 7 through an indirect table of four
# descriptors (header, 256 bytes, 768 bytes, status); returns as request does.
indirect_write:
        li      a0, BLK_T_OUT
        li      a1, 6
        HEADER
        la      t1, indirect
        li      t2, DESC_HEADER_LEN
        li      t4, DESC_F_NEXT
        DESCRIBE t1, 0, t0, t2, t4, 1
        la      a2, buffer_b
        li      t2, 256
        DESCRIBE t1, DESC_SIZE, a2, t2, t4, 2
        addi    a2, a2, 256
        li      t2, 768
        DESCRIBE t1, 2 * DESC_SIZE, a2, t2, t4, 3
        la      a2, status
        li      t2, 1
        li      t4, DESC_F_WRITE
        DESCRIBE t1, 3 * DESC_SIZE, a2, t2, t4, 0
        la      t0, ring
        li      t2, 4 * DESC_SIZE
        li      t4, DESC_F_INDIRECT
        DESCRIBE t0, 0, t1, t2, t4, 0
        li      a0, 0
        j       submit

# split_read: read sectors 6 and 7 into buffer_a with the header in two descriptors of 8 bytes
# and the data in two of 100 and 924; returns as request does.
split_read:
        li      a0, BLK_T_IN
        li      a1, 6
        HEADER
        la      t1, ring
        li      t2, 8
        li      t4, DESC_F_NEXT
        DESCRIBE t1, 0, t0, t2, t4, 1
        addi    t0, t0, 8
        DESCRIBE t1, DESC_SIZE, t0, t2, t4, 2
        li      t4, DESC_F_NEXT | DESC_F_WRITE
        la      a2, buffer_a
        li      t2, 100
        DESCRIBE t1, 2 * DESC_SIZE, a2, t2, t4, 3
        addi    a2, a2, 100
        li      t2, 924
        DESCRIBE t1, 3 * DESC_SIZE, a2, t2, t4, 4
        la      a2, status
        li      t2, 1
        li      t4, DESC_F_WRITE
        DESCRIBE t1, 4 * DESC_SIZE, a2, t2, t4, 0
        li      a0, 0
        j       submit

        .include "driver.S"
        .include "../../board/programs/lib.S"
