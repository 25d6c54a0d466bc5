# rw.S: a bare-metal test of writing through virtio.S and bcache.S, in M-mode without paging.
#
# Run on a scratch disk of at least 64 KiB (QEMU with -snapshot, Strata with its overlay):
#   1. virtio_blk_write puts a pattern in sectors 8..15 (one 4 KiB request), virtio_blk_read
#      reads it back into another buffer, and the two must be equal;
#   2. with 1 KiB blocks, block 20 is read through the cache, changed, marked dirty and flushed;
#      after bcache_init (which drops every buffer) the block is read from the disk again and must
#      hold the change;
#   3. more blocks than the cache has buffers are dirtied one after another, so the least
#      recently used ones are written back to make room; after a flush and a fresh cache, each
#      must read back as written;
#   4. requests the driver must refuse: a length that is not whole sectors, a sector past the end.
# Each step prints one line; a failed check powers off with status 1, a trap with status 3.

        .include "errno.inc"

        .equ UART_BASE, 0x10000000
        .equ UART_LSR, 5
        .equ LSR_THRE, 0x20
        .equ TEST_BASE, 0x100000
        .equ TEST_PASS, 0x5555
        .equ TEST_FAIL, (1 << 16) | 0x3333
        .equ TEST_TRAP, (3 << 16) | 0x3333
        .equ BLOCK, 1024
        .equ MANY, 40                           # more than bcache's 32 buffers
        .equ FIRST_MANY, 30

        .text
        .globl _start
_start:
        la      sp, stack_top
        la      t0, trap
        csrw    mtvec, t0
        call    virtio_blk_init
        bnez    a0, fail

        # 1. Sectors.
        la      t0, pattern
        li      t1, 4096
        li      t2, 0x01234567
1:      sw      t2, 0(t0)
        li      t3, 0x9e3779b9
        add     t2, t2, t3
        addi    t0, t0, 4
        addi    t1, t1, -4
        bnez    t1, 1b
        li      a0, 8
        la      a1, pattern
        li      a2, 4096
        call    virtio_blk_write
        bnez    a0, fail
        li      a0, 8
        la      a1, readback
        li      a2, 4096
        call    virtio_blk_read
        bnez    a0, fail
        la      a0, pattern
        la      a1, readback
        li      a2, 4096
        call    same
        la      a0, s_sectors
        call    puts

        # 2. One block through the cache.
        li      a0, BLOCK
        call    bcache_init
        bnez    a0, fail
        li      a0, 20
        call    bcache_read
        li      t0, -4095
        bgeu    a0, t0, fail
        li      t0, 0x5a5aa5a5
        sw      t0, 100(a1)
        mv      s0, a0
        call    bcache_mark_dirty
        mv      a0, s0
        call    bcache_release
        call    bcache_flush
        bnez    a0, fail
        li      a0, BLOCK
        call    bcache_init
        li      a0, 20
        call    bcache_read
        li      t0, -4095
        bgeu    a0, t0, fail
        lw      t1, 100(a1)
        li      t0, 0x5a5aa5a5
        bne     t0, t1, fail
        call    bcache_release
        la      a0, s_flush
        call    puts

        # 3. More dirty blocks than buffers: block b gets the word b at byte 0.
        li      s0, 0
1:      addi    a0, s0, FIRST_MANY
        call    bcache_read
        li      t0, -4095
        bgeu    a0, t0, fail
        addi    t0, s0, FIRST_MANY
        sw      t0, 0(a1)
        mv      s1, a0
        call    bcache_mark_dirty
        mv      a0, s1
        call    bcache_release
        addi    s0, s0, 1
        li      t0, MANY
        bltu    s0, t0, 1b
        call    bcache_flush
        bnez    a0, fail
        li      a0, BLOCK
        call    bcache_init
        li      s0, 0
2:      addi    a0, s0, FIRST_MANY
        call    bcache_read
        li      t0, -4095
        bgeu    a0, t0, fail
        lw      t1, 0(a1)
        addi    t0, s0, FIRST_MANY
        bne     t0, t1, fail
        call    bcache_release
        addi    s0, s0, 1
        li      t0, MANY
        bltu    s0, t0, 2b
        la      a0, s_evict
        call    puts

        # 4. Requests that must fail.
        li      a0, 8
        la      a1, readback
        li      a2, 100
        call    virtio_blk_read
        li      t0, -EINVAL
        bne     a0, t0, fail
        call    virtio_blk_capacity
        la      a1, readback
        li      a2, 512
        call    virtio_blk_read
        li      t0, -EIO                        # the device's IOERR
        bne     a0, t0, fail
        la      a0, s_refused
        call    puts

        li      t0, TEST_BASE
        li      t1, TEST_PASS
        sw      t1, 0(t0)
1:      j       1b

fail:
        la      a0, s_fail
        call    puts
        li      t0, TEST_BASE
        li      t1, TEST_FAIL
        sw      t1, 0(t0)
1:      j       1b

# same: go to fail unless the a2 bytes at a0 and a1 are equal.
same:
1:      beqz    a2, 2f
        lbu     t0, 0(a0)
        lbu     t1, 0(a1)
        bne     t0, t1, fail
        addi    a0, a0, 1
        addi    a1, a1, 1
        addi    a2, a2, -1
        j       1b
2:      ret

# puts: send the NUL-terminated string at a0 to the UART. Clobbers a0, t0-t2.
puts:
        li      t0, UART_BASE
1:      lbu     t2, 0(a0)
        beqz    t2, 3f
2:      lbu     t1, UART_LSR(t0)
        andi    t1, t1, LSR_THRE
        beqz    t1, 2b
        sb      t2, 0(t0)
        addi    a0, a0, 1
        j       1b
3:      ret

        .balign 4
trap:
        la      a0, s_trap
        call    puts
        li      t0, TEST_BASE
        li      t1, TEST_TRAP
        sw      t1, 0(t0)
1:      j       1b

        .section .rodata
s_sectors:      .asciz "sectors: written and read back\n"
s_flush:        .asciz "bcache: a dirty block reaches the disk at flush\n"
s_evict:        .asciz "bcache: 40 dirty blocks through 32 buffers read back\n"
s_refused:      .asciz "virtio: a partial sector and a sector past the end are refused\n"
s_fail:         .asciz "FAIL\n"
s_trap:         .asciz "trap\n"

        .bss
        .balign 16
stack:          .space 16384
stack_top:
pattern:        .space 4096
readback:       .space 4096
