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

        .equ QUEUE_SIZE, 8
        .equ AVAIL, QUEUE_SIZE * DESC_SIZE      # the rings in the legacy layout: descriptors, then
        .equ USED, 4096                         # the available ring, the used ring on the next page
        .equ DESC_HEADER_LEN, 16                # type, reserved, sector
        .equ ACKED_LOW, BLK_F_SEG_MAX | BLK_F_BLK_SIZE | BLK_F_FLUSH | F_INDIRECT_DESC
        .equ OFFERED_LOW, BLK_F_SIZE_MAX | ACKED_LOW  # the features this program looks at

# DESCRIBE table, offset, address, length, flags, next: fill the descriptor at table + offset;
# address, length and flags are registers, next a number. Clobbers t3.
        .macro DESCRIBE table, offset, address, length, flags, next
        sw      \address, \offset + DESC_ADDR(\table)
        sw      zero, \offset + DESC_ADDR + 4(\table)
        sw      \length, \offset + DESC_LEN(\table)
        sh      \flags, \offset + DESC_FLAGS(\table)
        li      t3, \next
        sh      t3, \offset + DESC_NEXT(\table)
        .endm

# HEADER: the request header for type a0 and sector a1; t0 = its address. The status byte is set
# to 0xff first, so that a request the device leaves alone shows. Clobbers t1.
        .macro HEADER
        la      t0, status
        li      t1, 0xff
        sb      t1, 0(t0)
        la      t0, header
        sw      a0, 0(t0)
        sw      zero, 4(t0)
        sw      a1, 8(t0)
        sw      zero, 12(t0)
        .endm

# RESULT "text": print the text, then the status byte (a0) and used length (a1) request returned.
# Clobbers s5, s6.
        .macro RESULT text
        mv      s5, a0
        mv      s6, a1
        SAY     "\text"
        SHOW    "status", s5
        SHOW    "used", s6
        .endm

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
        beqz    s1, no_device
        call    negotiate
        call    setup_queue
        call    show_config
        call    requests
        call    interrupts
        call    break_device
        li      a0, 0
        call    exit
no_device:
        SAY     "no block device\n"
        li      a0, 1
        call    exit

# scan: print every slot's identity; s1 = the base of the last block device found (0 if none),
# s2 = its PLIC source, s4 = its version. Clobbers s0, s3.
scan:
        mv      s11, ra
        li      s0, VIRTIO_SLOTS
        li      s1, 0
        li      s3, 1
1:      SAY     "slot"
        SHOW    "at", s0
        lw      s5, MMIO_MAGIC(s0)
        SHOW    "magic", s5
        lw      s5, MMIO_VERSION(s0)
        SHOW    "version", s5
        lw      s6, MMIO_DEVICE_ID(s0)
        SHOW    "device", s6
        lw      s5, MMIO_VENDOR_ID(s0)
        SHOW    "vendor", s5
        NEWLINE
        li      t0, 2
        bne     s6, t0, 2f
        mv      s1, s0
        mv      s2, s3
        lw      s4, MMIO_VERSION(s0)
2:      li      t0, VIRTIO_SLOT_SIZE
        add     s0, s0, t0
        addi    s3, s3, 1
        li      t0, VIRTIO_SLOT_COUNT
        ble     s3, t0, 1b
        beqz    s1, 3f
        SAY     "block device"
        SHOW    "at", s1
        SHOW    "irq", s2
        NEWLINE
3:      mv      ra, s11
        ret

# negotiate: reset, acknowledge, read the features, take the ones this driver knows (s5 low,
# s6 high) and set FEATURES_OK. Clobbers s5-s7.
negotiate:
        mv      s11, ra
        sw      zero, MMIO_STATUS(s1)
        li      t0, STATUS_ACKNOWLEDGE
        sw      t0, MMIO_STATUS(s1)
        li      t0, STATUS_ACKNOWLEDGE | STATUS_DRIVER
        sw      t0, MMIO_STATUS(s1)
        sw      zero, MMIO_DEVICE_FEATURES_SEL(s1)
        lw      s5, MMIO_DEVICE_FEATURES(s1)
        li      t0, 1
        sw      t0, MMIO_DEVICE_FEATURES_SEL(s1)
        lw      s6, MMIO_DEVICE_FEATURES(s1)
        li      t0, OFFERED_LOW
        and     s7, s5, t0
        SAY     "features"
        SHOW    "low", s7
        andi    s7, s6, F_VERSION_1_HIGH
        SHOW    "high", s7
        NEWLINE
        li      t0, ACKED_LOW
        and     s9, s5, t0
        andi    s10, s6, F_VERSION_1_HIGH
        sw      zero, MMIO_DRIVER_FEATURES_SEL(s1)
        sw      s9, MMIO_DRIVER_FEATURES(s1)
        li      t0, 1
        sw      t0, MMIO_DRIVER_FEATURES_SEL(s1)
        sw      s10, MMIO_DRIVER_FEATURES(s1)
        li      t0, STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK
        sw      t0, MMIO_STATUS(s1)
        lw      s7, MMIO_STATUS(s1)
        SAY     "negotiated"
        SHOW    "status", s7
        NEWLINE
        mv      ra, s11
        ret

# setup_queue: queue 0 with QUEUE_SIZE entries at ring, in the layout of the version s4; then
# DRIVER_OK. Clobbers s5-s7.
setup_queue:
        mv      s11, ra
        sw      zero, MMIO_QUEUE_SEL(s1)
        lw      s5, MMIO_QUEUE_NUM_MAX(s1)
        li      t0, QUEUE_SIZE
        sw      t0, MMIO_QUEUE_NUM(s1)
        la      s6, ring
        li      t0, 1
        bne     s4, t0, 1f
        li      t0, 4096
        sw      t0, MMIO_GUEST_PAGE_SIZE(s1)
        sw      t0, MMIO_QUEUE_ALIGN(s1)
        srli    t0, s6, 12
        sw      t0, MMIO_QUEUE_PFN(s1)
        lw      s7, MMIO_QUEUE_PFN(s1)
        srli    t0, s6, 12
        sub     s7, s7, t0              # 0 when the page number reads back
        j       2f
1:      sw      s6, MMIO_QUEUE_DESC_LOW(s1)
        sw      zero, MMIO_QUEUE_DESC_HIGH(s1)
        addi    t0, s6, AVAIL
        sw      t0, MMIO_QUEUE_DRIVER_LOW(s1)
        sw      zero, MMIO_QUEUE_DRIVER_HIGH(s1)
        li      t0, USED
        add     t0, s6, t0
        sw      t0, MMIO_QUEUE_DEVICE_LOW(s1)
        sw      zero, MMIO_QUEUE_DEVICE_HIGH(s1)
        li      t0, 1
        sw      t0, MMIO_QUEUE_READY(s1)
        lw      s7, MMIO_QUEUE_READY(s1)
        addi    s7, s7, -1              # 0 when ready reads back as 1
2:      li      t0, STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK | STATUS_DRIVER_OK
        sw      t0, MMIO_STATUS(s1)
        SAY     "queue"
        SHOW    "max", s5
        SHOW    "read back", s7
        lw      s7, MMIO_STATUS(s1)
        SHOW    "status", s7
        NEWLINE
        mv      ra, s11
        ret

# show_config: the capacity (s8 = its low word), size_max, seg_max and blk_size.
show_config:
        mv      s11, ra
        lw      s8, MMIO_CONFIG + BLK_CAPACITY(s1)
        lw      s5, MMIO_CONFIG + BLK_CAPACITY + 4(s1)
        SAY     "config"
        SHOW    "capacity", s8
        SHOW    "capacity-high", s5
        lw      s5, MMIO_CONFIG + BLK_SEG_MAX(s1)
        SHOW    "seg_max", s5
        lw      s5, MMIO_CONFIG + BLK_BLK_SIZE(s1)
        SHOW    "blk_size", s5
        lbu     s5, MMIO_CONFIG + BLK_BLK_SIZE + 1(s1)
        SHOW    "blk_size-byte-1", s5
        lhu     s5, MMIO_CONFIG + BLK_BLK_SIZE(s1)
        SHOW    "blk_size-half", s5
        NEWLINE
        mv      ra, s11
        ret

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

# request: a0 = type, a1 = sector, a2 = buffer, a3 = its length (0: none). Descriptor 0 holds the
# header, 1 the buffer (written by the device for IN and GET_ID), 2 the status byte. Returns
# a0 = the status byte (0xff if the device left it), a1 = the used length. Clobbers a2-a3, t0-t6.
request:
        HEADER
        la      t1, ring
        li      t2, DESC_HEADER_LEN
        li      t4, DESC_F_NEXT
        DESCRIBE t1, 0, t0, t2, t4, 1
        beqz    a0, 1f
        li      t2, BLK_T_GET_ID
        bne     a0, t2, 2f
1:      ori     t4, t4, DESC_F_WRITE
2:      DESCRIBE t1, DESC_SIZE, a2, a3, t4, 2
        bnez    a3, 3f
        li      t2, 2                   # no buffer: the header leads straight to the status
        sh      t2, DESC_NEXT(t1)
3:      la      t0, status
        li      t2, 1
        li      t4, DESC_F_WRITE
        DESCRIBE t1, 2 * DESC_SIZE, t0, t2, t4, 0
        li      a0, 0
        j       submit

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

# submit: put descriptor a0 in the next entry of the available ring, notify queue 0 and wait
# until the device has used it. Returns a0 = the status byte, a1 = the used length.
# Clobbers t0-t4.
submit:
        la      t0, ring + AVAIL
        lhu     t1, RING_IDX(t0)
        andi    t2, t1, QUEUE_SIZE - 1
        slli    t2, t2, 1
        add     t2, t2, t0
        sh      a0, RING_ENTRIES(t2)
        fence   rw, rw
        addi    t1, t1, 1
        slli    t1, t1, 16
        srli    t1, t1, 16
        sh      t1, RING_IDX(t0)
        fence   rw, rw
        sw      zero, MMIO_QUEUE_NOTIFY(s1)
        la      t0, ring + USED
1:      lhu     t2, RING_IDX(t0)
        bne     t2, t1, 1b
        fence   rw, rw
        addi    t2, t2, -1
        andi    t2, t2, QUEUE_SIZE - 1
        slli    t2, t2, 3
        add     t2, t2, t0
        lw      a1, RING_ENTRIES + 4(t2)
        la      t0, status
        lbu     a0, 0(t0)
        ret

# fill: a1 bytes at a0 with the byte a2. Clobbers a0, a1.
fill:
        beqz    a1, 1f
        sb      a2, 0(a0)
        addi    a0, a0, 1
        addi    a1, a1, -1
        j       fill
1:      ret

# pattern: a1 bytes (a multiple of 4) at a0 with the words a2, a2 + 1, a2 + 2... Clobbers a0-a2.
pattern:
        beqz    a1, 1f
        sw      a2, 0(a0)
        addi    a0, a0, 4
        addi    a1, a1, -4
        addi    a2, a2, 1
        j       pattern
1:      ret

# checksum: a0 = the sum of the a1 bytes at a0, each times its position plus one. Clobbers a1, t0-t2.
checksum:
        mv      t0, a0
        li      a0, 0
        li      t2, 1
1:      beqz    a1, 2f
        lbu     t1, 0(t0)
        mul     t1, t1, t2
        add     a0, a0, t1
        addi    t0, t0, 1
        addi    t2, t2, 1
        addi    a1, a1, -1
        j       1b
2:      ret

# compare: a0 = 0 if the first a0 bytes of buffer_a and buffer_b are equal, 1 if not. Clobbers t0-t3.
compare:
        la      t0, buffer_a
        la      t1, buffer_b
1:      beqz    a0, 2f
        lbu     t2, 0(t0)
        lbu     t3, 0(t1)
        bne     t2, t3, 3f
        addi    t0, t0, 1
        addi    t1, t1, 1
        addi    a0, a0, -1
        j       1b
2:      ret
3:      li      a0, 1
        ret

        .include "../../board/programs/lib.S"


        .section .bss
        .align  12
ring:   .space  2 * 4096                # descriptors and available ring, then the used ring
indirect:
        .space  4 * DESC_SIZE
header: .space  16
status: .space  4
buffer_a:
        .space  1024
buffer_b:
        .space  1024
