# driver.S: the routines of a virtio block driver for the virtio programs: find the device,
# negotiate, set up queue 0, submit requests and wait for them; and the queue's memory. Included
# at the end of a program, before lib.S. Registers kept across the program: s1 the device's base,
# s2 its PLIC source, s4 its version, s8 the capacity's low word, s9 and s10 the features taken.

# scan: print every slot's identity; s1 = the base of the last block device found, s2 = its PLIC
# source, s4 = its version. Without a block device, says so and ends the run with status 1.
# Clobbers s0, s3.
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
        mv      ra, s11
        ret
3:      SAY     "no block device\n"
        li      a0, 1
        call    exit


# negotiate: reset, acknowledge, read the features, take those of a0 offered (s9) and VERSION_1
# if offered (s10), print what was offered of a0, and set FEATURES_OK. Clobbers s5-s7.
negotiate:
        mv      s11, ra
        mv      s9, a0
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
        and     s7, s5, s9
        SAY     "features"
        SHOW    "low", s7
        andi    s7, s6, F_VERSION_1_HIGH
        SHOW    "high", s7
        NEWLINE
        and     s9, s5, s9
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
        .text
