# virtio.S: the virtio-blk driver over virtio-mmio.
#
# What it owns: the one block device the kernel uses, found by scanning the eight virtio-mmio
# slots of the virt board, its one virtqueue and the request header and status byte that every
# request shares. It reads and writes whole 512-byte sectors and reports the capacity.
#
# The two register layouts (virtio 1.2, 4.2.2 modern and 4.2.4 legacy) differ only in how the
# driver agrees on features and tells the device where the rings are; the Version register says
# which one the slot speaks, and both are handled here. The rings are laid out once, in the legacy
# shape, so that one set of addresses serves both:
#
#       vq_ring (page aligned)
#       +--------------------------+  0
#       | descriptor table         |  VQ_SIZE x 16 bytes: addr (u64), len, flags, next
#       +--------------------------+  VQ_AVAIL
#       | available ring           |  flags, idx, ring[VQ_SIZE], used_event (u16 each)
#       +--------------------------+  ... padding to the next page ...
#       | used ring                |  VQ_USED = 4096: flags, idx, ring[VQ_SIZE] of (id u32, len u32)
#       +--------------------------+
#
# Invariants:
#   - One request is in flight at most: descriptors 0, 1 and 2 always make the chain
#     header -> data -> status, and vq_last_used counts the requests the device has finished.
#     Requests go one at a time because every requester holds the file-system lock (sched.S,
#     docs/kernel-storage.md), or runs at boot before there are processes.
#   - vblk_base is 0 until virtio_blk_init has found and started a device; every other routine
#     refuses to run before that.
#   - The device only ever sees physical addresses: the kernel maps RAM at virtual == physical,
#     so the addresses of .bss buffers go to the descriptors as they are.
#
# A request waits for the used index to move. How is the kernel's choice, made by putting a
# routine in vblk_wait (a0 = the wait channel, vq_last_used; a1, a2 = the deadline in mtime ticks,
# low and high word; clobbers the caller-saved registers); the routine returns when something may
# have changed, and the request looks again. With vblk_wait 0 the request polls: the bare-metal
# disk tests link this file alone, without a kernel. The kernel's routine (plic.S, disk_wait)
# sleeps on the channel until the device's interrupt, which the kernel's PLIC routine for the
# device's source acknowledges through virtio_blk_interrupt and turns into a wakeup. Either way
# the wait is bounded by VQ_TIMEOUT_TICKS of the timebase: a device that stops answering gives
# -EIO, never a hang. (Strata's device completes a request before the notifying store retires:
# the used index has moved at the first look, and the interrupt, taken later, wakes nobody.)

        .include "machine.inc"
        .include "errno.inc"

# The virtio-mmio window of each slot (virtio 1.2, 4.2.2; legacy names where they differ).
        .equ VIRTIO_MMIO_FIRST, VIRTIO_BASE     # slot 0; slot n at + n x VIRTIO_MMIO_STRIDE
        .equ VIRTIO_MMIO_STRIDE, 0x1000
        .equ VIRTIO_MMIO_SLOTS, 8
        .equ VIRTIO_MAGIC, 0x74726976           # "virt", little-endian
        .equ VIRTIO_DEVICE_BLOCK, 2

        .equ MMIO_MAGIC, 0x000
        .equ MMIO_VERSION, 0x004
        .equ MMIO_DEVICE_ID, 0x008
        .equ MMIO_DEVICE_FEATURES, 0x010
        .equ MMIO_DEVICE_FEATURES_SEL, 0x014
        .equ MMIO_DRIVER_FEATURES, 0x020
        .equ MMIO_DRIVER_FEATURES_SEL, 0x024
        .equ MMIO_GUEST_PAGE_SIZE, 0x028        # legacy only
        .equ MMIO_QUEUE_SEL, 0x030
        .equ MMIO_QUEUE_NUM_MAX, 0x034
        .equ MMIO_QUEUE_NUM, 0x038
        .equ MMIO_QUEUE_ALIGN, 0x03c            # legacy only
        .equ MMIO_QUEUE_PFN, 0x040              # legacy only
        .equ MMIO_QUEUE_READY, 0x044            # modern only
        .equ MMIO_QUEUE_NOTIFY, 0x050
        .equ MMIO_INTERRUPT_STATUS, 0x060
        .equ MMIO_INTERRUPT_ACK, 0x064
        .equ MMIO_STATUS, 0x070
        .equ MMIO_QUEUE_DESC_LOW, 0x080         # modern only, as the five below
        .equ MMIO_QUEUE_DESC_HIGH, 0x084
        .equ MMIO_QUEUE_DRIVER_LOW, 0x090
        .equ MMIO_QUEUE_DRIVER_HIGH, 0x094
        .equ MMIO_QUEUE_DEVICE_LOW, 0x0a0
        .equ MMIO_QUEUE_DEVICE_HIGH, 0x0a4
        .equ MMIO_CONFIG_GENERATION, 0x0fc
        .equ MMIO_CONFIG, 0x100

        .equ LAYOUT_LEGACY, 1                   # the values of the Version register
        .equ LAYOUT_MODERN, 2

# Device status bits (virtio 1.2, 2.1).
        .equ STATUS_ACKNOWLEDGE, 1
        .equ STATUS_DRIVER, 2
        .equ STATUS_DRIVER_OK, 4
        .equ STATUS_FEATURES_OK, 8
        .equ STATUS_DEVICE_NEEDS_RESET, 0x40
        .equ STATUS_FAILED, 0x80

# Features we take when offered: FLUSH (bit 9), so that bcache_flush can put the disk on stable
# storage; VERSION_1 (bit 32, bit 0 of the high word) is required in the modern layout.
        .equ FEATURE_FLUSH, 1 << 9
        .equ FEATURE_HIGH_VERSION_1, 1 << 0

# virtio-blk configuration space (virtio 1.2, 5.2.4) and requests (5.2.6).
        .equ BLK_CONFIG_CAPACITY, 0x00          # u64, in 512-byte sectors
        .equ BLK_T_IN, 0
        .equ BLK_T_OUT, 1
        .equ BLK_T_FLUSH, 4
        .equ BLK_S_OK, 0
        .equ BLK_REQ_TYPE, 0                    # the 16-byte request header
        .equ BLK_REQ_RESERVED, 4
        .equ BLK_REQ_SECTOR, 8                  # u64
        .equ BLK_REQ_SIZE, 16
        .equ SECTOR_SHIFT, 9

# Split virtqueues (virtio 1.2, 2.7).
        .equ VQ_SIZE, 8                         # descriptors; a request uses 3
        .equ VQ_DESC_ADDR, 0                    # u64
        .equ VQ_DESC_LEN, 8
        .equ VQ_DESC_FLAGS, 12                  # u16
        .equ VQ_DESC_NEXT, 14                   # u16
        .equ VQ_DESC_SIZE, 16
        .equ VQ_DESC_F_NEXT, 1
        .equ VQ_DESC_F_WRITE, 2
        .equ VQ_AVAIL, VQ_SIZE * VQ_DESC_SIZE   # the available ring, right after the table
        .equ VQ_AVAIL_FLAGS, 0                  # u16
        .equ VQ_AVAIL_IDX, 2                    # u16
        .equ VQ_AVAIL_RING, 4                   # u16 [VQ_SIZE]
        .equ VQ_PAGE, 4096                      # legacy GuestPageSize and QueueAlign
        .equ VQ_USED, VQ_PAGE                   # the used ring, at the next page
        .equ VQ_USED_FLAGS, 0                   # u16
        .equ VQ_USED_IDX, 2                     # u16
        .equ VQ_RING_BYTES, 2 * VQ_PAGE

# How long a request may take before the driver gives up on the device, in ticks of the 10 MHz
# timebase (the time CSR): 30 s. Strata completes a request before the notifying store retires;
# QEMU completes it on another host thread, usually within microseconds but, on a loaded host,
# after whole seconds: a bound counted in polls ran out there (tens of millions of polls are
# well under a second of QEMU's time), gave -EIO and left the next request waiting for the
# wrong used index. Time, not polls, is what the device is slow in.
        .equ VQ_TIMEOUT_TICKS, 300000000

        .text

# virtio_blk_init: find the block device and start it.
#   Scans the eight slots in address order, as Linux's virtio-mmio probe sees them, and takes the
#   first whose magic is "virt", whose version is 1 or 2 and whose device id is 2.
#   Arguments: none.
#   Returns a0 = 0 when the device is ready, -ENODEV when no slot holds a block
#   device, -EIO when the device refuses the features or has no usable queue 0.
#   Clobbers a0-a5, t0-t2. Does not sleep.
        .globl virtio_blk_init
        .type virtio_blk_init, @function
virtio_blk_init:
        li      t0, VIRTIO_MMIO_FIRST
        li      t1, VIRTIO_MMIO_FIRST + VIRTIO_MMIO_SLOTS * VIRTIO_MMIO_STRIDE
        li      t2, VIRTIO_MAGIC
1:      lw      a1, MMIO_MAGIC(t0)
        bne     a1, t2, 2f
        lw      a1, MMIO_VERSION(t0)
        addi    a1, a1, -LAYOUT_LEGACY
        li      a2, LAYOUT_MODERN - LAYOUT_LEGACY
        bgtu    a1, a2, 2f                      # neither 1 nor 2: not a layout we know
        lw      a1, MMIO_DEVICE_ID(t0)
        li      a2, VIRTIO_DEVICE_BLOCK
        beq     a1, a2, virtio_blk_start
2:      li      a1, VIRTIO_MMIO_STRIDE
        add     t0, t0, a1
        bltu    t0, t1, 1b
        li      a0, -ENODEV
        ret
        .size virtio_blk_init, . - virtio_blk_init

# virtio_blk_start: the initialisation sequence of virtio 1.2, 3.1.1 (and 3.1.2 for legacy),
# on the slot at t0. Tail of virtio_blk_init, same contract.
        .type virtio_blk_start, @function
virtio_blk_start:
        sw      zero, MMIO_STATUS(t0)           # reset
        li      a1, STATUS_ACKNOWLEDGE
        sw      a1, MMIO_STATUS(t0)
        ori     a1, a1, STATUS_DRIVER
        sw      a1, MMIO_STATUS(t0)

        lw      a3, MMIO_VERSION(t0)
        sw      zero, MMIO_DEVICE_FEATURES_SEL(t0)
        lw      a2, MMIO_DEVICE_FEATURES(t0)
        li      a4, FEATURE_FLUSH
        and     a2, a2, a4                      # the low word we want, if offered
        sw      zero, MMIO_DRIVER_FEATURES_SEL(t0)
        sw      a2, MMIO_DRIVER_FEATURES(t0)
        la      a4, vblk_features
        sw      a2, 0(a4)
        li      a4, LAYOUT_MODERN
        bne     a3, a4, 1f

        # Modern: VERSION_1 must be offered and taken, and FEATURES_OK must stick.
        li      a4, 1
        sw      a4, MMIO_DEVICE_FEATURES_SEL(t0)
        lw      a2, MMIO_DEVICE_FEATURES(t0)
        andi    a2, a2, FEATURE_HIGH_VERSION_1
        beqz    a2, virtio_blk_fail
        sw      a4, MMIO_DRIVER_FEATURES_SEL(t0)
        sw      a2, MMIO_DRIVER_FEATURES(t0)
        ori     a1, a1, STATUS_FEATURES_OK
        sw      a1, MMIO_STATUS(t0)
        lw      a2, MMIO_STATUS(t0)
        andi    a2, a2, STATUS_FEATURES_OK
        beqz    a2, virtio_blk_fail

1:      sw      zero, MMIO_QUEUE_SEL(t0)
        lw      a2, MMIO_QUEUE_NUM_MAX(t0)
        li      a4, VQ_SIZE
        bltu    a2, a4, virtio_blk_fail
        sw      a4, MMIO_QUEUE_NUM(t0)
        la      a5, vq_ring
        li      a4, LAYOUT_MODERN
        beq     a3, a4, 2f

        li      a4, VQ_PAGE                     # legacy: the rings' page number
        sw      a4, MMIO_GUEST_PAGE_SIZE(t0)
        sw      a4, MMIO_QUEUE_ALIGN(t0)
        srli    a4, a5, 12
        sw      a4, MMIO_QUEUE_PFN(t0)
        j       3f

2:      sw      a5, MMIO_QUEUE_DESC_LOW(t0)     # modern: each ring's address
        sw      zero, MMIO_QUEUE_DESC_HIGH(t0)
        addi    a4, a5, VQ_AVAIL
        sw      a4, MMIO_QUEUE_DRIVER_LOW(t0)
        sw      zero, MMIO_QUEUE_DRIVER_HIGH(t0)
        li      a4, VQ_USED
        add     a4, a5, a4
        sw      a4, MMIO_QUEUE_DEVICE_LOW(t0)
        sw      zero, MMIO_QUEUE_DEVICE_HIGH(t0)
        li      a4, 1
        sw      a4, MMIO_QUEUE_READY(t0)

3:      ori     a1, a1, STATUS_DRIVER_OK
        sw      a1, MMIO_STATUS(t0)
        la      a4, vblk_base
        sw      t0, 0(a4)
        la      a4, vblk_layout
        sw      a3, 0(a4)
        li      a0, 0
        ret

virtio_blk_fail:
        li      a1, STATUS_FAILED
        sw      a1, MMIO_STATUS(t0)
        li      a0, -EIO
        ret
        .size virtio_blk_start, . - virtio_blk_start

# virtio_blk_layout: which register layout the device speaks.
#   Returns a0 = 1 (legacy), 2 (modern), or 0 before virtio_blk_init succeeded. Clobbers nothing else.
        .globl virtio_blk_layout
        .type virtio_blk_layout, @function
virtio_blk_layout:
        la      a0, vblk_layout
        lw      a0, 0(a0)
        ret
        .size virtio_blk_layout, . - virtio_blk_layout

# virtio_blk_capacity: the size of the disk.
#   Returns a0, a1 = the capacity in 512-byte sectors (low, high word); 0 before init.
#   Reads the two words until ConfigGeneration is the same before and after, as virtio 1.2, 2.5.1
#   asks of a driver reading a field wider than 32 bits (legacy devices read generation 0).
#   Clobbers t0-t2.
        .globl virtio_blk_capacity
        .type virtio_blk_capacity, @function
virtio_blk_capacity:
        la      t0, vblk_base
        lw      t0, 0(t0)
        li      a0, 0
        li      a1, 0
        beqz    t0, 2f
1:      lw      t1, MMIO_CONFIG_GENERATION(t0)
        lw      a0, MMIO_CONFIG + BLK_CONFIG_CAPACITY(t0)
        lw      a1, MMIO_CONFIG + BLK_CONFIG_CAPACITY + 4(t0)
        lw      t2, MMIO_CONFIG_GENERATION(t0)
        bne     t1, t2, 1b
2:      ret
        .size virtio_blk_capacity, . - virtio_blk_capacity

# virtio_blk_read, virtio_blk_write: move whole sectors between the disk and memory.
#   a0 = the first sector, a1 = the buffer (a physical address in RAM), a2 = the length in bytes,
#   a positive multiple of 512.
#   Returns a0 = 0, or -EINVAL (a bad length, or no device), or -EIO (the device answered with a
#   status other than OK, or did not answer within VQ_TIMEOUT_TICKS, 30 s of the timebase).
#   Clobbers a0-a7, t0-t3. May sleep (vblk_wait, see the file's header); in the kernel the caller
#   holds the file-system lock, or runs before the first process.
        .globl virtio_blk_read
        .type virtio_blk_read, @function
virtio_blk_read:
        li      a3, BLK_T_IN
        j       virtio_blk_request
        .size virtio_blk_read, . - virtio_blk_read

        .globl virtio_blk_write
        .type virtio_blk_write, @function
virtio_blk_write:
        li      a3, BLK_T_OUT
        j       virtio_blk_request
        .size virtio_blk_write, . - virtio_blk_write

# virtio_blk_flush: ask the device to put what it has written on stable storage.
#   Returns a0 = 0 (also when the device did not offer FLUSH: it then has no write cache to
#   empty), or -EIO. Clobbers as virtio_blk_read.
        .globl virtio_blk_flush
        .type virtio_blk_flush, @function
virtio_blk_flush:
        la      t0, vblk_features
        lw      t0, 0(t0)
        li      t1, FEATURE_FLUSH
        and     t0, t0, t1
        li      a0, 0
        beqz    t0, 1f
        li      a1, 0
        li      a2, 0
        li      a3, BLK_T_FLUSH
        j       virtio_blk_request
1:      ret
        .size virtio_blk_flush, . - virtio_blk_flush

# vq_desc: fill descriptor number n of the table at \table with address \addr, length \len,
# flags \flags (next is always n + 1: a request's chain is 0 -> 1 -> 2).
        .macro vq_desc table, n, addr, len, flags, scratch
        sw      \addr, \n * VQ_DESC_SIZE + VQ_DESC_ADDR(\table)
        sw      zero, \n * VQ_DESC_SIZE + VQ_DESC_ADDR + 4(\table)
        sw      \len, \n * VQ_DESC_SIZE + VQ_DESC_LEN(\table)
        li      \scratch, \flags
        sh      \scratch, \n * VQ_DESC_SIZE + VQ_DESC_FLAGS(\table)
        li      \scratch, \n + 1
        sh      \scratch, \n * VQ_DESC_SIZE + VQ_DESC_NEXT(\table)
        .endm

# virtio_blk_request: one request of type a3 (IN, OUT or FLUSH) for sector a0, buffer a1,
# length a2 (0 for FLUSH). Contract of virtio_blk_read.
        .type virtio_blk_request, @function
virtio_blk_request:
        la      t0, vblk_base
        lw      t0, 0(t0)
        beqz    t0, 9f
        andi    t1, a2, (1 << SECTOR_SHIFT) - 1
        bnez    t1, 9f
        li      t1, BLK_T_FLUSH
        beq     a3, t1, 1f
        beqz    a2, 9f

1:      la      a4, vblk_header
        sw      a3, BLK_REQ_TYPE(a4)
        sw      zero, BLK_REQ_RESERVED(a4)
        sw      a0, BLK_REQ_SECTOR(a4)
        sw      zero, BLK_REQ_SECTOR + 4(a4)
        la      a5, vblk_status
        li      t1, 0xff                        # not a status the device writes
        sb      t1, 0(a5)

        la      a6, vq_ring
        li      t2, BLK_REQ_SIZE
        vq_desc a6, 0, a4, t2, VQ_DESC_F_NEXT, t1
        li      t2, BLK_T_IN                    # the device writes the data of a read
        li      t3, VQ_DESC_F_NEXT | VQ_DESC_F_WRITE
        beq     a3, t2, 2f
        li      t3, VQ_DESC_F_NEXT
2:      sw      a1, 1 * VQ_DESC_SIZE + VQ_DESC_ADDR(a6)
        sw      zero, 1 * VQ_DESC_SIZE + VQ_DESC_ADDR + 4(a6)
        sw      a2, 1 * VQ_DESC_SIZE + VQ_DESC_LEN(a6)
        sh      t3, 1 * VQ_DESC_SIZE + VQ_DESC_FLAGS(a6)
        li      t1, 2
        sh      t1, 1 * VQ_DESC_SIZE + VQ_DESC_NEXT(a6)
        li      t2, 1
        vq_desc a6, 2, a5, t2, VQ_DESC_F_WRITE, t1
        sh      zero, 2 * VQ_DESC_SIZE + VQ_DESC_NEXT(a6)
        bnez    a2, 3f                          # FLUSH has no data: the header links to the status
        li      t1, 2
        sh      t1, 0 * VQ_DESC_SIZE + VQ_DESC_NEXT(a6)

        # Offer the chain at the available ring's next slot, then tell the device. The fences
        # order the descriptors before the index, and the index before the notify.
3:      lhu     t1, VQ_AVAIL + VQ_AVAIL_IDX(a6)
        andi    t2, t1, VQ_SIZE - 1
        slli    t2, t2, 1
        add     t2, t2, a6
        sh      zero, VQ_AVAIL + VQ_AVAIL_RING(t2)      # descriptor 0 heads the chain
        fence   rw, w
        addi    t1, t1, 1
        sh      t1, VQ_AVAIL + VQ_AVAIL_IDX(a6)
        fence   rw, o
        sw      zero, MMIO_QUEUE_NOTIFY(t0)

        # Wait until the used index reaches the request's: requests are one at a time, so it is
        # the count of requests made so far. Between looks, vblk_wait's routine, if any.
        addi    sp, sp, -32
        sw      ra, 28(sp)
        sw      t4, 24(sp)                      # kept for the callers: a sleep clobbers them
        sw      t5, 20(sp)
        sw      t6, 16(sp)
        la      a7, vq_last_used
        lhu     t1, 0(a7)
        addi    t1, t1, 1
        slli    t1, t1, 16
        srli    t1, t1, 16
        sw      t1, 8(sp)                       # 8(sp): the used index the request ends at
1:      csrr    a2, timeh                       # 4(sp), 0(sp): the deadline (high, low)
        csrr    a1, time
        csrr    t3, timeh
        bne     a2, t3, 1b
        li      t3, VQ_TIMEOUT_TICKS
        add     a1, a1, t3
        sltu    t3, a1, t3
        add     a2, a2, t3
        sw      a2, 4(sp)
        sw      a1, 0(sp)
4:      la      t2, vq_ring + VQ_USED
        lhu     a0, VQ_USED_IDX(t2)
        lw      t1, 8(sp)
        beq     a0, t1, 5f
        csrr    t3, timeh                       # the time is up when now >= the deadline
        csrr    a3, time
        csrr    a4, timeh
        bne     t3, a4, 4b
        lw      a2, 4(sp)
        lw      a1, 0(sp)
        bltu    t3, a2, 7f
        bne     t3, a2, 8f
        bltu    a3, a1, 7f
8:      li      a0, -EIO                        # the device never answered: it has stopped
        j       6f
7:      la      t0, vblk_wait
        lw      t0, 0(t0)
        beqz    t0, 4b                          # no routine: poll
        la      a0, vq_last_used
        jalr    t0
        j       4b

5:      fence   r, rw                           # the status and data after the index
        la      a7, vq_last_used
        sh      t1, 0(a7)
        la      a5, vblk_status
        lbu     t1, 0(a5)
        li      a0, 0
        beqz    t1, 6f                          # BLK_S_OK
        li      a0, -EIO
6:      lw      ra, 28(sp)
        lw      t4, 24(sp)
        lw      t5, 20(sp)
        lw      t6, 16(sp)
        addi    sp, sp, 32
        ret
9:      li      a0, -EINVAL
        ret
        .size virtio_blk_request, . - virtio_blk_request

# virtio_blk_interrupt: the device's interrupt, called by the kernel's PLIC handler for the
# device's source (slot n has source n + 1; virtio_blk_irq says which).
#   Acknowledges every InterruptStatus bit, records the used index the device has reached in
#   vblk_irq_used and counts interrupts in vblk_irq_count (the kernel's routine around it wakes
#   the requester). Returns a0 = the bits acknowledged (0: the interrupt was not ours).
#   Clobbers t0, t1. Does not sleep.
        .globl virtio_blk_interrupt
        .type virtio_blk_interrupt, @function
virtio_blk_interrupt:
        la      t0, vblk_base
        lw      t0, 0(t0)
        li      a0, 0
        beqz    t0, 1f
        lw      a0, MMIO_INTERRUPT_STATUS(t0)
        sw      a0, MMIO_INTERRUPT_ACK(t0)
        beqz    a0, 1f
        la      t0, vq_ring + VQ_USED
        lhu     t0, VQ_USED_IDX(t0)
        la      t1, vblk_irq_used
        sw      t0, 0(t1)
        la      t1, vblk_irq_count
        lw      t0, 0(t1)
        addi    t0, t0, 1
        sw      t0, 0(t1)
1:      ret
        .size virtio_blk_interrupt, . - virtio_blk_interrupt

# virtio_blk_irq: the PLIC source of the device's slot.
#   Returns a0 = the source number (1..8), or 0 before virtio_blk_init succeeded. Clobbers t0.
        .globl virtio_blk_irq
        .type virtio_blk_irq, @function
virtio_blk_irq:
        la      t0, vblk_base
        lw      t0, 0(t0)
        li      a0, 0
        beqz    t0, 1f
        li      a0, VIRTIO_MMIO_FIRST - VIRTIO_MMIO_STRIDE
        sub     a0, t0, a0
        srli    a0, a0, 12
1:      ret
        .size virtio_blk_irq, . - virtio_blk_irq

        .bss
        .balign VQ_PAGE
vq_ring:        .space VQ_RING_BYTES            # descriptor table, available and used rings
        .balign 8
vblk_header:    .space BLK_REQ_SIZE
vblk_status:    .space 1
        .balign 4
vblk_base:      .space 4                        # the slot's registers; 0: no device
vblk_layout:    .space 4                        # the Version register: 1 legacy, 2 modern
vblk_features:  .space 4                        # the low word of the features agreed
        .globl vq_last_used, vblk_wait
vq_last_used:   .space 4                        # u16: the used index after the last request; the
                                                # requester's wait channel
vblk_wait:      .space 4                        # the routine a request waits with; 0: it polls
        .globl vblk_irq_used, vblk_irq_count
vblk_irq_used:  .space 4                        # the used index seen by the last interrupt
vblk_irq_count: .space 4                        # interrupts taken
