# walk.S: a bare-metal test of the disk stack (virtio.S, bcache.S, ext2.S), in M-mode without
# paging, on Strata and on QEMU's virt board alike.
#
# It finds the block device, mounts the ext2 file system on it and walks the whole tree through
# getdents64, printing on the UART one line per entry, and for each regular file its size and
# FNV-1a hashes of its contents read through ext2_read at unaligned offsets and lengths (the
# whole file when it is at most 1 MiB; else 17 windows of 4096 bytes, evenly spread from the first
# byte to the last). A few lookups that must fail follow. Then it powers off with status 0: the
# output is the result, compared by DiskStackTest with QEMU's and with the tree the image was
# made from. A trap prints its cause and powers off with status 3.
#
# Lines:
#   virtio: layout L capacity C irq I
#   mount: block B             | mount: error -E MESSAGE (value V)
#   T INO OFF RECLEN PATH      each directory entry: d_type, d_ino, d_off, d_reclen, the path
#   file PATH size S hash H slash R
#                              R: what ext2_namei gives for "PATH/" (-20, ENOTDIR)
#   error PATH -E MESSAGE (value V)
#   probe PATH -> R            the lookups that must fail
#   bcache: hits H misses M
#   done

        .include "ext2.inc"

        .equ UART_BASE, 0x10000000
        .equ UART_LSR, 5
        .equ LSR_THRE, 0x20
        .equ TEST_BASE, 0x100000
        .equ TEST_PASS, 0x5555
        .equ TEST_TRAP, (3 << 16) | 0x3333
        .equ DENTS_SIZE, 512                    # small, so that directories take several calls
        .equ CHUNK, 1000                        # a length that is no block's divisor
        .equ WHOLE_LIMIT, 1 << 20
        .equ WINDOW, 4096
        .equ WINDOWS, 16                        # intervals: 17 windows
        .equ FNV_OFFSET, 0x811c9dc5
        .equ FNV_PRIME, 0x01000193
        .equ STACK_SIZE, 64 * 1024

# The walk's frame: ra, s0-s6, the directory's inode, a getdents64 buffer.
        .equ W_RA, 0
        .equ W_S0, 4
        .equ W_S1, 8
        .equ W_S2, 12
        .equ W_S3, 16
        .equ W_S4, 20
        .equ W_S5, 24
        .equ W_S6, 28
        .equ W_INODE, 32
        .equ W_DENTS, W_INODE + INODE_SIZE
        .equ W_FRAME, (W_DENTS + DENTS_SIZE + 15) & ~15

        .text
        .globl _start
_start:
        la      sp, stack_top
        la      t0, trap
        csrw    mtvec, t0

        call    virtio_blk_init
        beqz    a0, 1f
        mv      s0, a0
        la      a0, s_virtio_error
        call    puts
        mv      a0, s0
        call    put_dec
        call    newline
        j       finish
1:      la      a0, s_virtio
        call    puts
        call    virtio_blk_layout
        call    put_dec
        la      a0, s_capacity
        call    puts
        call    virtio_blk_capacity
        call    put_dec
        la      a0, s_irq
        call    puts
        call    virtio_blk_irq
        call    put_dec
        call    newline

        call    ext2_mount
        beqz    a0, 1f
        mv      s0, a0
        la      a0, s_mount_error
        call    puts
        mv      a0, s0
        call    put_error
        j       finish
1:      la      a0, s_mount
        call    puts
        call    ext2_block_size
        call    put_dec
        call    newline

        la      t0, path
        sb      zero, 0(t0)
        li      a0, 0
        li      a1, EXT2_ROOT_INO
        call    walk

        la      s0, probes
1:      lw      a0, 0(s0)
        beqz    a0, 2f
        call    probe
        addi    s0, s0, 4
        j       1b
2:      la      a0, long_path + 1               # a 256-byte name
        li      t0, 'a'
        li      t1, 256
1:      sb      t0, 0(a0)
        addi    a0, a0, 1
        addi    t1, t1, -1
        bnez    t1, 1b
        la      a0, long_path
        call    probe

        la      a0, s_bcache
        call    puts
        la      a0, bc_hits
        lw      a0, 0(a0)
        call    put_dec
        la      a0, s_misses
        call    puts
        la      a0, bc_misses
        lw      a0, 0(a0)
        call    put_dec
        call    newline
finish:
        la      a0, s_done
        call    puts
        li      t0, TEST_BASE
        li      t1, TEST_PASS
        sw      t1, 0(t0)
1:      j       1b

# walk: print a directory's entries and go into its subdirectories and files.
#   a0 = the length of the directory's path in `path` ("" for the root), a1 = its inode number.
walk:
        addi    sp, sp, -W_FRAME
        sw      ra, W_RA(sp)
        sw      s0, W_S0(sp)
        sw      s1, W_S1(sp)
        sw      s2, W_S2(sp)
        sw      s3, W_S3(sp)
        sw      s4, W_S4(sp)
        sw      s5, W_S5(sp)
        sw      s6, W_S6(sp)
        mv      s0, a0                          # s0 the path's length
        mv      a0, a1
        addi    a1, sp, W_INODE
        call    ext2_iget
        bnez    a0, 8f
        li      s1, 0                           # s1 the directory position
1:      addi    a0, sp, W_INODE
        mv      a1, s1
        addi    a2, sp, W_DENTS
        li      a3, DENTS_SIZE
        call    ext2_getdents64
        blt     a0, zero, 8f
        beqz    a0, 9f
        mv      s1, a1
        addi    s2, sp, W_DENTS                 # s2 the record, s3 the end
        add     s3, s2, a0
2:      bgeu    s2, s3, 1b
        lbu     a0, D64_TYPE(s2)
        call    put_dec
        call    space
        lw      a0, D64_INO(s2)
        call    put_dec
        call    space
        lw      a0, D64_OFF(s2)
        call    put_dec
        call    space
        lhu     a0, D64_RECLEN(s2)
        call    put_dec
        call    space
        la      a0, path                        # path/name
        add     a0, a0, s0
        li      t0, '/'
        sb      t0, 0(a0)
        addi    a0, a0, 1
        addi    a1, s2, D64_NAME
3:      lbu     t0, 0(a1)
        sb      t0, 0(a0)
        addi    a0, a0, 1
        addi    a1, a1, 1
        bnez    t0, 3b
        la      t0, path
        sub     s4, a0, t0
        addi    s4, s4, -1                      # s4 the length of path/name
        la      a0, path
        call    puts
        call    newline

        lbu     t0, D64_TYPE(s2)
        li      t1, 8                           # DT_REG
        bne     t0, t1, 4f
        mv      a0, s4
        call    check_file
        j       5f
4:      li      t1, 4                           # DT_DIR, but not . or ..
        bne     t0, t1, 5f
        lbu     t0, D64_NAME(s2)
        li      t1, '.'
        bne     t0, t1, 6f
        lbu     t0, D64_NAME + 1(s2)
        beqz    t0, 5f
        bne     t0, t1, 6f
        lbu     t0, D64_NAME + 2(s2)
        beqz    t0, 5f
6:      mv      a0, s4
        lw      a1, D64_INO(s2)
        call    walk
5:      la      t0, path
        add     t0, t0, s0
        sb      zero, 0(t0)
        lhu     t0, D64_RECLEN(s2)
        add     s2, s2, t0
        j       2b

8:      mv      s6, a0
        la      a0, s_error
        call    puts
        la      a0, path
        call    puts
        call    space
        mv      a0, s6
        call    put_error
9:      lw      ra, W_RA(sp)
        lw      s0, W_S0(sp)
        lw      s1, W_S1(sp)
        lw      s2, W_S2(sp)
        lw      s3, W_S3(sp)
        lw      s4, W_S4(sp)
        lw      s5, W_S5(sp)
        lw      s6, W_S6(sp)
        addi    sp, sp, W_FRAME
        ret

# check_file: look the file in `path` up by name, print its size and the hash of its contents,
# and what the path with a '/' after it gives.
#   a0 = the length of the path.
check_file:
        addi    sp, sp, -32
        sw      ra, 28(sp)
        sw      s0, 24(sp)
        sw      s1, 20(sp)
        sw      s2, 16(sp)
        sw      s5, 12(sp)
        sw      s6, 8(sp)
        mv      s6, a0
        la      a0, path
        li      a1, EXT2_ROOT_INO
        la      a2, file_inode
        call    ext2_namei
        bnez    a0, 8f
        la      a0, s_file
        call    puts
        la      a0, path
        call    puts
        la      a0, s_size
        call    puts
        la      a0, file_inode
        call    ext2_size
        mv      s5, a0
        call    put_dec
        la      a0, s_hash
        call    puts

        li      s0, FNV_OFFSET                  # s0 the hash
        li      t0, WHOLE_LIMIT
        bgtu    s5, t0, 3f
        li      s1, 0                           # s1 the offset
1:      la      a0, file_inode
        la      a1, chunk
        mv      a2, s1
        li      a3, CHUNK
        call    ext2_read
        blt     a0, zero, 8f
        beqz    a0, 6f
        add     s1, s1, a0
        mv      a1, a0
        la      a0, chunk
        call    fnv
        j       1b

3:      li      s2, 0                           # s2 the window
4:      li      t0, WINDOW                      # at (size - WINDOW) x k / WINDOWS
        sub     a2, s5, t0
        mul     a2, a2, s2
        srli    a2, a2, 4
        la      a0, file_inode
        la      a1, chunk
        li      a3, WINDOW
        call    ext2_read
        blt     a0, zero, 8f
        mv      a1, a0
        la      a0, chunk
        call    fnv
        addi    s2, s2, 1
        li      t0, WINDOWS
        bleu    s2, t0, 4b

6:      mv      a0, s0
        call    put_hex
        la      a0, s_slash
        call    puts
        la      t0, path
        add     t0, t0, s6
        li      t1, '/'
        sb      t1, 0(t0)
        sb      zero, 1(t0)
        la      a0, path
        li      a1, EXT2_ROOT_INO
        la      a2, file_inode
        call    ext2_namei
        call    put_dec
        call    newline
        la      t0, path
        add     t0, t0, s6
        sb      zero, 0(t0)
        j       9f

8:      mv      s1, a0
        call    newline
        la      a0, s_error
        call    puts
        la      a0, path
        call    puts
        call    space
        mv      a0, s1
        call    put_error
9:      lw      ra, 28(sp)
        lw      s0, 24(sp)
        lw      s1, 20(sp)
        lw      s2, 16(sp)
        lw      s5, 12(sp)
        lw      s6, 8(sp)
        addi    sp, sp, 32
        ret

# fnv: fold a1 bytes at a0 into the FNV-1a hash in s0.
fnv:
        li      t2, FNV_PRIME
        add     a1, a1, a0
1:      beq     a0, a1, 2f
        lbu     t0, 0(a0)
        xor     s0, s0, t0
        mul     s0, s0, t2
        addi    a0, a0, 1
        j       1b
2:      ret

# probe: print what ext2_namei gives for the path at a0.
probe:
        addi    sp, sp, -16
        sw      ra, 12(sp)
        sw      s0, 8(sp)
        mv      s0, a0
        la      a0, s_probe
        call    puts
        mv      a0, s0
        call    puts
        la      a0, s_arrow
        call    puts
        mv      a0, s0
        li      a1, EXT2_ROOT_INO
        la      a2, file_inode
        call    ext2_namei
        call    put_dec
        call    newline
        lw      ra, 12(sp)
        lw      s0, 8(sp)
        addi    sp, sp, 16
        ret

# put_error: print the error a0 and, for one ext2 noted, its message and value.
put_error:
        addi    sp, sp, -16
        sw      ra, 12(sp)
        call    put_dec
        la      t0, ext2_errmsg
        lw      a0, 0(t0)
        beqz    a0, 1f
        sw      zero, 0(t0)
        sw      a0, 8(sp)
        call    space
        lw      a0, 8(sp)
        call    puts
        la      a0, s_value
        call    puts
        la      a0, ext2_errval
        lw      a0, 0(a0)
        call    put_hex
        li      a0, ')'
        call    putc
1:      call    newline
        lw      ra, 12(sp)
        addi    sp, sp, 16
        ret

        .include "console.inc"

        .section .rodata
s_virtio:       .asciz "virtio: layout "
s_virtio_error: .asciz "virtio: error "
s_capacity:     .asciz " capacity "
s_irq:          .asciz " irq "
s_mount:        .asciz "mount: block "
s_mount_error:  .asciz "mount: error "
s_error:        .asciz "error "
s_file:         .asciz "file "
s_size:         .asciz " size "
s_hash:         .asciz " hash "
s_slash:        .asciz " slash "
s_probe:        .asciz "probe "
s_arrow:        .asciz " -> "
s_value:        .asciz " (value "
s_bcache:       .asciz "bcache: hits "
s_misses:       .asciz " misses "
s_done:         .asciz "done\n"
s_trap:         .asciz "trap "
hex_digits:     .ascii "0123456789abcdef"
p_empty:        .asciz ""
p_missing:      .asciz "/no-such-name"
p_missing_dir:  .asciz "/no-such-dir/x"
p_relative:     .asciz "no-such-name"
p_dotdot:       .asciz "/../.././no-such-name"
        .balign 4
probes:         .word p_empty, p_missing, p_missing_dir, p_relative, p_dotdot, 0

        .data
long_path:      .byte '/'
        .space 257                              # a name of 256 bytes, then NUL

        .bss
        .balign 16
stack:          .space STACK_SIZE
stack_top:
path:           .space 4096
file_inode:     .space INODE_SIZE
chunk:          .space WINDOW
