# bcache.S: the block cache between the file system and the virtio-blk driver.
#
# What it owns: BC_BUFFERS buffers of one file-system block each (the block size is set once
# from the superblock: 1, 2 or 4 KiB), kept in static storage. Each buffer has a header:
#
#       bc_headers[i]                       bc_data + i x BC_MAX_BLOCK
#       +-----------+-------+------+-------+------+
#       | block     | flags | refs | stamp | data |---->  the block's bytes
#       +-----------+-------+------+-------+------+
#
# Invariants:
#   - A block is in at most one buffer, and a buffer whose flags have BUF_VALID holds the block's
#     contents as the disk has them, or newer ones when BUF_DIRTY is set too.
#   - A buffer with refs > 0 is held by a caller and is never reused; a caller releases each
#     buffer it was given, exactly once (bcache_release).
#   - The stamp is the value of bc_clock when the buffer was last handed out; the buffer reused
#     for a new block is the unheld one with the smallest stamp (least recently used), an invalid
#     one first (its stamp is 0). A dirty buffer is written back before it is reused.
#   - Dirty buffers reach the disk on reuse or on bcache_flush, never in between (write-back).
#
# Errors are returned as negative errno values in a0, in the Linux manner: a result is an error
# when it is in -4095..-1, which no RAM address (0x80000000 up to the RAM size) can be.

        .include "errno.inc"

        .equ BC_BUFFERS, 32
        .equ BC_MAX_BLOCK, 4096
        .equ BUF_BLOCK, 0                       # the block number
        .equ BUF_FLAGS, 4
        .equ BUF_REFS, 8                        # holders
        .equ BUF_STAMP, 12                      # bc_clock when last handed out
        .equ BUF_DATA, 16                       # the block's bytes
        .equ BUF_SIZE, 20
        .equ BUF_VALID, 1
        .equ BUF_DIRTY, 2
        .equ SECTOR_SHIFT, 9

        .text

# bcache_init: empty the cache and set the block size.
#   a0 = the block size: 1024, 2048 or 4096.
#   Returns a0 = 0, or -EINVAL for another size. Call it with no buffer held or dirty (at mount).
#   Clobbers t0-t3.
        .globl bcache_init
        .type bcache_init, @function
bcache_init:
        li      t0, SECTOR_SHIFT + 1            # log2 of the block size: 10, 11 or 12
1:      li      t1, 1
        sll     t1, t1, t0
        beq     t1, a0, 2f
        addi    t0, t0, 1
        li      t1, 12
        ble     t0, t1, 1b
        li      a0, -EINVAL
        ret
2:      la      t1, bc_block_shift
        sw      t0, 0(t1)
        la      t0, bc_headers
        la      t1, bc_data
        li      t2, BC_BUFFERS
3:      sw      zero, BUF_BLOCK(t0)
        sw      zero, BUF_FLAGS(t0)
        sw      zero, BUF_REFS(t0)
        sw      zero, BUF_STAMP(t0)
        sw      t1, BUF_DATA(t0)
        addi    t0, t0, BUF_SIZE
        li      t3, BC_MAX_BLOCK
        add     t1, t1, t3
        addi    t2, t2, -1
        bnez    t2, 3b
        li      a0, 0
        ret
        .size bcache_init, . - bcache_init

# bcache_read: hold the buffer of a block, reading it from the disk if it is not cached.
#   a0 = the block number (the caller has checked it is inside the file system).
#   Returns a0 = the buffer and a1 = its data, or a0 = -EIO (the disk failed) or -ENOMEM (every
#   buffer is held). Clobbers a2-a7, t0-t3. May sleep (the disk wait, virtio.S).
        .globl bcache_read
        .type bcache_read, @function
bcache_read:
        addi    sp, sp, -16
        sw      ra, 12(sp)
        sw      s0, 8(sp)
        sw      s1, 4(sp)
        mv      s1, a0
        la      t0, bc_clock
        lw      t1, 0(t0)
        addi    t1, t1, 1
        sw      t1, 0(t0)

        # One pass: the block's own buffer if it has one, else the victim (s0).
        la      t0, bc_headers
        li      t2, BC_BUFFERS
        li      s0, 0
        li      a3, -1                          # the smallest stamp so far (unsigned)
1:      lw      a4, BUF_FLAGS(t0)
        andi    a5, a4, BUF_VALID
        beqz    a5, 2f
        lw      a5, BUF_BLOCK(t0)
        beq     a5, s1, bcache_hit
2:      lw      a5, BUF_REFS(t0)
        bnez    a5, 3f
        lw      a5, BUF_STAMP(t0)
        bgeu    a5, a3, 3f
        mv      a3, a5
        mv      s0, t0
3:      addi    t0, t0, BUF_SIZE
        addi    t2, t2, -1
        bnez    t2, 1b

        li      a0, -ENOMEM
        beqz    s0, bcache_out
        mv      a0, s0
        call    bcache_write_back
        bnez    a0, bcache_out
        sw      zero, BUF_FLAGS(s0)
        sw      s1, BUF_BLOCK(s0)
        la      t0, bc_block_shift
        lw      t0, 0(t0)
        addi    t1, t0, -SECTOR_SHIFT
        sll     a0, s1, t1
        lw      a1, BUF_DATA(s0)
        li      a2, 1
        sll     a2, a2, t0
        call    virtio_blk_read
        bnez    a0, bcache_out
        li      t1, BUF_VALID
        sw      t1, BUF_FLAGS(s0)
        la      t1, bc_misses
        lw      t2, 0(t1)
        addi    t2, t2, 1
        sw      t2, 0(t1)
        mv      t0, s0
        j       bcache_hold

bcache_hit:
        la      t1, bc_hits
        lw      t2, 0(t1)
        addi    t2, t2, 1
        sw      t2, 0(t1)
bcache_hold:
        lw      t1, BUF_REFS(t0)
        addi    t1, t1, 1
        sw      t1, BUF_REFS(t0)
        la      t1, bc_clock
        lw      t1, 0(t1)
        sw      t1, BUF_STAMP(t0)
        mv      a0, t0
        lw      a1, BUF_DATA(t0)
bcache_out:
        lw      ra, 12(sp)
        lw      s0, 8(sp)
        lw      s1, 4(sp)
        addi    sp, sp, 16
        ret
        .size bcache_read, . - bcache_read

# bcache_release: give back a buffer bcache_read handed out.
#   a0 = the buffer. Clobbers t0.
        .globl bcache_release
        .type bcache_release, @function
bcache_release:
        lw      t0, BUF_REFS(a0)
        addi    t0, t0, -1
        sw      t0, BUF_REFS(a0)
        ret
        .size bcache_release, . - bcache_release

# bcache_mark_dirty: note that the caller changed a held buffer's data; it reaches the disk on
# reuse or at bcache_flush.
#   a0 = the buffer. Clobbers t0.
        .globl bcache_mark_dirty
        .type bcache_mark_dirty, @function
bcache_mark_dirty:
        lw      t0, BUF_FLAGS(a0)
        ori     t0, t0, BUF_DIRTY
        sw      t0, BUF_FLAGS(a0)
        ret
        .size bcache_mark_dirty, . - bcache_mark_dirty

# bcache_flush: write every dirty buffer back, then ask the device to make it stable.
#   Returns a0 = 0 or -EIO (the buffers not written stay dirty). Clobbers a1-a7, t0-t3. May sleep.
        .globl bcache_flush
        .type bcache_flush, @function
bcache_flush:
        addi    sp, sp, -16
        sw      ra, 12(sp)
        sw      s0, 8(sp)
        sw      s1, 4(sp)
        la      s0, bc_headers
        li      s1, BC_BUFFERS
1:      mv      a0, s0
        call    bcache_write_back
        bnez    a0, 2f
        addi    s0, s0, BUF_SIZE
        addi    s1, s1, -1
        bnez    s1, 1b
        call    virtio_blk_flush
2:      lw      ra, 12(sp)
        lw      s0, 8(sp)
        lw      s1, 4(sp)
        addi    sp, sp, 16
        ret
        .size bcache_flush, . - bcache_flush

# bcache_write_back: write buffer a0 to the disk if it is dirty, and mark it clean.
#   Returns a0 = 0 or -EIO. Clobbers a1-a7, t0-t3. May sleep.
        .type bcache_write_back, @function
bcache_write_back:
        lw      t0, BUF_FLAGS(a0)
        andi    t0, t0, BUF_DIRTY
        bnez    t0, 1f
        li      a0, 0
        ret
1:      addi    sp, sp, -16
        sw      ra, 12(sp)
        sw      s0, 8(sp)
        mv      s0, a0
        la      t0, bc_block_shift
        lw      t0, 0(t0)
        addi    t1, t0, -SECTOR_SHIFT
        lw      a0, BUF_BLOCK(s0)
        sll     a0, a0, t1
        lw      a1, BUF_DATA(s0)
        li      a2, 1
        sll     a2, a2, t0
        call    virtio_blk_write
        bnez    a0, 2f
        lw      t0, BUF_FLAGS(s0)
        andi    t0, t0, ~BUF_DIRTY
        sw      t0, BUF_FLAGS(s0)
2:      lw      ra, 12(sp)
        lw      s0, 8(sp)
        addi    sp, sp, 16
        ret
        .size bcache_write_back, . - bcache_write_back

        .bss
        .balign BC_MAX_BLOCK
bc_data:        .space BC_BUFFERS * BC_MAX_BLOCK
        .balign 4
bc_headers:     .space BC_BUFFERS * BUF_SIZE
bc_block_shift: .space 4                        # log2 of the block size
bc_clock:       .space 4                        # counts bcache_read calls; the LRU's time
        .globl bc_hits, bc_misses
bc_hits:        .space 4
bc_misses:      .space 4
