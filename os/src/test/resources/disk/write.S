# write.S: a bare-metal test of the disk stack's write path (ext2-write.S), in M-mode without
# paging, on Strata and on QEMU's virt board alike, on a scratch copy of an image.
#
# It mounts the file system, sets ext2_time, and runs a script of operations that the test
# generates as script.inc (WriteTest.Script: one definition for the guest and for the host, which
# replays the script on a copy of the tree the image was made from). Each operation prints one
# line with its result; then the cache is flushed and the program powers off with status 0. The
# image is then judged by e2fsck -fn and debugfs, and compared with QEMU's byte for byte.
#
# script.inc defines `script`: records of five words (op, path, a, b, c), ending with op 0:
#   OP_MKDIR path                 ext2_mkdir, mode 0755
#   OP_CREATE path                ext2_create, mode 0644
#   OP_WRITE path offset count seed
#                                 ext2_write of `count` bytes at `offset`, in calls of CHUNK bytes;
#                                 the byte at file position p is (p * 131 + seed + (p >> 9)) mod 256
#   OP_TRUNC path size            ext2_truncate
#   OP_UNLINK path, OP_RMDIR path ext2_unlink, ext2_rmdir
#   OP_MANY path dirs files       `dirs` directories path/dNN, each with `files` files fNNN whose
#                                 contents are their own path and a newline
#   OP_FILL path                  ext2_write of CHUNK-byte pieces at the end of the file until an
#                                 error, which is the result
#   OP_RENAME path to flags       ext2_rename of path to the path `to` (a pointer), with flags
# Lines:
#   mount: block B | mount: error -E MESSAGE (value V)
#   NAME PATH -> R                R: 0 or -errno (a write: the bytes written, or -errno)
#   stats: N                      after each operation: the instructions it took (minstret); not
#                                 compared with QEMU, whose count differs
#   flush -> R
#   done
# A trap prints its cause and powers off with status 3.

        .include "ext2.inc"
        .include "script.inc"

        .equ UART_BASE, 0x10000000
        .equ UART_LSR, 5
        .equ LSR_THRE, 0x20
        .equ TEST_BASE, 0x100000
        .equ TEST_PASS, 0x5555
        .equ TEST_TRAP, (3 << 16) | 0x3333
        .equ CHUNK, 1000                        # a length that is no block's divisor
        .equ STACK_SIZE, 64 * 1024
        .equ TIME, 1700000000                   # 2023-11-14 22:13:20 UTC

        .equ OP_CODE, 0                         # a script record
        .equ OP_PATH, 4
        .equ OP_A, 8
        .equ OP_B, 12
        .equ OP_C, 16
        .equ OP_SIZE, 20

# IS_NEG: branch to target when reg holds an error.
        .macro IS_NEG reg, target
        blt     \reg, zero, \target
        .endm

        .text
        .globl _start
_start:
        la      sp, stack_top
        la      t0, trap
        csrw    mtvec, t0
        call    virtio_blk_init
        bnez    a0, finish
        call    ext2_mount
        beqz    a0, 1f
        mv      s0, a0
        la      a0, s_mount_error
        call    puts
        mv      a0, s0
        call    put_dec
        call    space
        la      a0, ext2_errmsg
        lw      a0, 0(a0)
        call    puts
        call    newline
        j       finish
1:      la      a0, s_mount
        call    puts
        call    ext2_block_size
        call    put_dec
        call    newline
        la      t0, ext2_time
        li      t1, TIME
        sw      t1, 0(t0)

        la      s0, script
2:      lw      t0, OP_CODE(s0)
        beqz    t0, 3f
        csrr    s1, minstret
        mv      a0, s0
        call    run_op
        csrr    s2, minstret
        mv      s3, a0
        lw      t0, OP_CODE(s0)                 # NAME PATH -> R
        slli    t0, t0, 2
        la      t1, op_names
        add     t1, t1, t0
        lw      a0, 0(t1)
        call    puts
        call    space
        lw      a0, OP_PATH(s0)
        call    puts
        la      a0, s_arrow
        call    puts
        mv      a0, s3
        call    put_dec
        call    newline
        la      a0, s_stats
        call    puts
        sub     a0, s2, s1
        call    put_dec
        call    newline
        addi    s0, s0, OP_SIZE
        j       2b

3:      call    bcache_flush
        mv      s0, a0
        la      a0, s_flush
        call    puts
        mv      a0, s0
        call    put_dec
        call    newline
finish:
        la      a0, s_done
        call    puts
        li      t0, TEST_BASE
        li      t1, TEST_PASS
        sw      t1, 0(t0)
1:      j       1b

# run_op: run one script record. a0 = the record. Returns a0 = its result.
run_op:
        addi    sp, sp, -16
        sw      ra, 12(sp)
        sw      s0, 8(sp)
        mv      s0, a0
        lw      t0, OP_CODE(s0)
        li      t1, OP_MANY
        bne     t0, t1, 1f
        lw      a0, OP_PATH(s0)
        lw      a1, OP_A(s0)
        lw      a2, OP_B(s0)
        call    many
        j       9f
1:      lw      a0, OP_PATH(s0)
        la      a1, dir_inode
        call    parent
        IS_NEG  a0, 9f
        lw      t0, OP_CODE(s0)
        li      t1, OP_MKDIR
        bne     t0, t1, 1f
        call    do_mkdir
        j       8f
1:      li      t1, OP_CREATE
        bne     t0, t1, 1f
        call    do_create
        j       8f
1:      li      t1, OP_UNLINK
        bne     t0, t1, 1f
        la      a0, dir_inode
        li      a3, 0                           # nothing is open here
        call    ext2_unlink
        j       9f
1:      li      t1, OP_RMDIR
        bne     t0, t1, 1f
        la      a0, dir_inode
        call    ext2_rmdir
        j       9f
1:      li      t1, OP_RENAME
        bne     t0, t1, 1f
        call    do_rename
        j       9f
1:      la      a0, dir_inode                   # the rest work on the file itself
        call    ext2_lookup
        IS_NEG  a0, 9f
        la      a1, node
        call    ext2_iget
        bnez    a0, 9f
        lw      t0, OP_CODE(s0)
        li      t1, OP_TRUNC
        bne     t0, t1, 1f
        la      a0, node
        lw      a1, OP_A(s0)
        call    ext2_truncate
        j       9f
1:      li      t1, OP_FILL
        bne     t0, t1, 1f
        call    fill
        j       9f
1:      lw      a0, OP_A(s0)
        lw      a1, OP_B(s0)
        lw      a2, OP_C(s0)
        call    write_pattern
        j       9f
8:      IS_NEG  a0, 9f                          # an inode number: success
        li      a0, 0
9:      lw      ra, 12(sp)
        lw      s0, 8(sp)
        addi    sp, sp, 16
        ret

# parent: read the parent directory of a path.
#   a0 = the path (absolute), a1 = where to put the directory's inode. Returns a0 = 0, a1 = the
#   last component, a2 = its length; or an error of ext2_namei.
parent:
        addi    sp, sp, -16
        sw      ra, 12(sp)
        sw      s0, 8(sp)
        sw      s1, 4(sp)
        sw      a1, 0(sp)
        mv      t0, a0                          # s0 the last '/', then copy up to it
        mv      s0, a0
1:      lbu     t1, 0(t0)
        beqz    t1, 2f
        li      t2, '/'
        bne     t1, t2, 3f
        mv      s0, t0
3:      addi    t0, t0, 1
        j       1b
2:      sub     s1, t0, s0                      # s1 the name's length + 1
        la      t1, parent_path
        mv      t2, a0
1:      bgeu    t2, s0, 2f
        lbu     t3, 0(t2)
        sb      t3, 0(t1)
        addi    t1, t1, 1
        addi    t2, t2, 1
        j       1b
2:      bne     t2, a0, 3f                      # "/name": the root
        li      t3, '/'
        sb      t3, 0(t1)
        addi    t1, t1, 1
3:      sb      zero, 0(t1)
        la      a0, parent_path
        li      a1, EXT2_ROOT_INO
        lw      a2, 0(sp)
        call    ext2_namei
        bnez    a0, 9f
        addi    a1, s0, 1
        addi    a2, s1, -1
9:      lw      ra, 12(sp)
        lw      s0, 8(sp)
        lw      s1, 4(sp)
        addi    sp, sp, 16
        ret

# do_mkdir, do_create: a1 = the name, a2 = its length, in dir_inode. Return the inode number.
do_mkdir:
        la      a0, dir_inode
        li      a3, 0755
        la      a4, node
        tail    ext2_mkdir
do_create:
        la      a0, dir_inode
        li      a3, 0644
        la      a4, node
        tail    ext2_create

# do_rename: the rename of the record s0: a1 = the old name, a2 = its length, in dir_inode;
# OP_A the new path, OP_B the flags. Returns a0 = the result of ext2_rename.
do_rename:
        addi    sp, sp, -16
        sw      ra, 12(sp)
        sw      a1, 8(sp)
        sw      a2, 4(sp)
        lw      a0, OP_A(s0)
        la      a1, dir_inode2
        call    parent
        bnez    a0, 1f
        mv      a4, a1
        mv      a5, a2
        la      a0, dir_inode
        lw      a1, 8(sp)
        lw      a2, 4(sp)
        la      a3, dir_inode2
        lw      a6, OP_B(s0)
        li      a7, 0                           # nothing is open here
        call    ext2_rename
1:      lw      ra, 12(sp)
        addi    sp, sp, 16
        ret

# write_pattern: write the pattern into node.
#   a0 = the offset, a1 = the count, a2 = the seed. Returns a0 = the bytes written or -errno.
write_pattern:
        addi    sp, sp, -32
        sw      ra, 28(sp)
        sw      s0, 24(sp)
        sw      s1, 20(sp)
        sw      s2, 16(sp)
        sw      s3, 12(sp)
        sw      s4, 8(sp)
        mv      s0, a0                          # s0 the position, s1 the bytes left
        mv      s1, a1
        mv      s2, a2
        li      s3, 0                           # s3 the bytes written
1:      beqz    s1, 8f
        li      s4, CHUNK
        bleu    s4, s1, 2f
        mv      s4, s1
2:      la      t0, buffer                      # the pattern for s0 .. s0 + s4
        li      t1, 0
3:      add     t2, s0, t1
        li      t3, 131
        mul     t3, t2, t3
        add     t3, t3, s2
        srli    t2, t2, 9
        add     t3, t3, t2
        add     t2, t0, t1
        sb      t3, 0(t2)
        addi    t1, t1, 1
        bltu    t1, s4, 3b
        la      a0, node
        la      a1, buffer
        mv      a2, s0
        mv      a3, s4
        call    ext2_write
        blt     a0, zero, 7f
        add     s3, s3, a0
        bne     a0, s4, 8f
        add     s0, s0, s4
        sub     s1, s1, s4
        j       1b
7:      bnez    s3, 8f
        mv      s3, a0
8:      mv      a0, s3
        lw      ra, 28(sp)
        lw      s0, 24(sp)
        lw      s1, 20(sp)
        lw      s2, 16(sp)
        lw      s3, 12(sp)
        lw      s4, 8(sp)
        addi    sp, sp, 32
        ret

# fill: write CHUNK-byte pieces of the pattern (seed 0) at the end of node until an error.
#   Returns a0 = the error (-ENOSPC when the disk is full).
fill:
        addi    sp, sp, -16
        sw      ra, 12(sp)
1:      la      a0, node
        lw      a0, I_SIZE(a0)
        li      a1, CHUNK
        li      a2, 0
        call    write_pattern
        li      t0, CHUNK
        beq     a0, t0, 1b
        blt     a0, zero, 2f
        j       1b                              # a short write: the next one says why
2:      lw      ra, 12(sp)
        addi    sp, sp, 16
        ret

# many: directories path/dNN with files fNNN holding their own path and a newline.
#   a0 = the path, a1 = the directories, a2 = the files in each.
#   Returns a0 = 0 or the first error.
many:
        addi    sp, sp, -32
        sw      ra, 28(sp)
        sw      s0, 24(sp)
        sw      s1, 20(sp)
        sw      s2, 16(sp)
        sw      s3, 12(sp)
        sw      s4, 8(sp)
        sw      s5, 4(sp)
        mv      s1, a1
        mv      s2, a2
        la      t0, many_path                   # s0 the end of the path in many_path
1:      lbu     t1, 0(a0)
        sb      t1, 0(t0)
        beqz    t1, 2f
        addi    a0, a0, 1
        addi    t0, t0, 1
        j       1b
2:      mv      s0, t0
        li      s3, 0                           # s3 the directory
3:      bgeu    s3, s1, 8f
        mv      a0, s0
        li      a1, 'd'
        mv      a2, s3
        li      a3, 2
        call    append
        mv      s5, a0                          # s5 the end of ".../dNN"
        la      a0, many_path
        la      a1, dir_inode
        call    parent
        bnez    a0, 9f
        call    do_mkdir
        blt     a0, zero, 9f
        li      s4, 0                           # s4 the file
4:      bgeu    s4, s2, 7f
        mv      a0, s5
        li      a1, 'f'
        mv      a2, s4
        li      a3, 3
        call    append
        la      t1, many_path                   # the contents: the path and a newline
        sub     t1, a0, t1
        sw      t1, 0(sp)
        sb      zero, 0(a0)
        la      a0, many_path
        la      a1, dir_inode
        call    parent
        bnez    a0, 9f
        call    do_create
        blt     a0, zero, 9f
        lw      a3, 0(sp)
        la      t0, many_path
        add     t0, t0, a3
        li      t1, '\n'
        sb      t1, 0(t0)
        la      a0, node
        la      a1, many_path
        li      a2, 0
        addi    a3, a3, 1
        call    ext2_write
        blt     a0, zero, 9f
        addi    s4, s4, 1
        j       4b
7:      addi    s3, s3, 1
        j       3b
8:      li      a0, 0
9:      lw      ra, 28(sp)
        lw      s0, 24(sp)
        lw      s1, 20(sp)
        lw      s2, 16(sp)
        lw      s3, 12(sp)
        lw      s4, 8(sp)
        lw      s5, 4(sp)
        addi    sp, sp, 32
        ret

# append: write "/", a letter and a number with leading zeros at a0, and a NUL.
#   a0 = where, a1 = the letter, a2 = the number, a3 = its digits.
#   Returns a0 = the address of the NUL.
append:
        li      t0, '/'
        sb      t0, 0(a0)
        sb      a1, 1(a0)
        addi    a0, a0, 2
        add     t1, a0, a3                      # the digits, last first
        sb      zero, 0(t1)
        mv      t2, t1
        li      t3, 10
1:      addi    t2, t2, -1
        remu    t0, a2, t3
        addi    t0, t0, '0'
        sb      t0, 0(t2)
        divu    a2, a2, t3
        bne     t2, a0, 1b
        mv      a0, t1
        ret

        .include "console.inc"

        .section .rodata
        .balign 4
op_names:       .word 0, n_mkdir, n_create, n_write, n_trunc, n_unlink, n_rmdir, n_many, n_fill, n_rename
n_mkdir:        .asciz "mkdir"
n_create:       .asciz "create"
n_write:        .asciz "write"
n_trunc:        .asciz "truncate"
n_unlink:       .asciz "unlink"
n_rmdir:        .asciz "rmdir"
n_many:         .asciz "many"
n_fill:         .asciz "fill"
n_rename:       .asciz "rename"
s_mount:        .asciz "mount: block "
s_mount_error:  .asciz "mount: error "
s_arrow:        .asciz " -> "
s_stats:        .asciz "stats: "
s_flush:        .asciz "flush -> "
s_done:         .asciz "done\n"
s_trap:         .asciz "trap "
hex_digits:     .ascii "0123456789abcdef"

        .bss
        .balign 16
stack:          .space STACK_SIZE
stack_top:
dir_inode:      .space INODE_SIZE
dir_inode2:     .space INODE_SIZE
node:           .space INODE_SIZE
parent_path:    .space 4096
many_path:      .space 4096
buffer:         .space CHUNK
