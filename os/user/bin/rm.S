# rm.S: /bin/rm [-rf] FILE...: removes each file. A directory only goes with -r, after what it
# holds; -f says nothing of files that do not exist (and of no operands at all). Messages and the
# exit status (1 if anything stayed) as GNU rm's.
#
# -r reads a directory's names into a list taken from alloc before it removes any of them
# (removing while reading would move the directory's records under the reader), and gives that
# memory back when the directory is done, so the depth costs memory, not the size of the tree.

    .include "runtime.inc"
    .include "errno.inc"

.equ DIRENTS_SIZE, 4096
# a node of the list of names: the next node, then "path/name" and its zero byte
.equ N_NEXT, 0
.equ N_PATH, 4

    .bss
    .balign 4
recursive:  .zero 4             # -r or -R
force:      .zero 4             # -f
dirents:    .zero DIRENTS_SIZE

    .section .rodata
cannot_remove:  .asciz "%s: cannot remove '%s': %s\n"
refuse_dot:     .asciz "%s: refusing to remove '.' or '..' directory: skipping '%s'\n"
missing:        .asciz "%s: missing operand\nTry 'rm --help' for more information.\n"
bad_option:     .asciz "%s: invalid option -- '%c'\nTry 'rm --help' for more information.\n"
no_memory:      .asciz "%s: memory exhausted\n"
dot:            .asciz "."
dotdot:         .asciz ".."

    .text
# main(a0 argc, a1 argv) -> a0: 0, or 1 if anything could not be removed.
#   s0 the next argument, s1 the exit status, s2 operands seen, s3 options are over ("--").
    .globl main
    .type main, @function
main:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    addi s0, a1, 4
    li s1, 0
    li s3, 0
    mv s2, s0                   # options first: GNU rm takes them anywhere, so look at all
1:  lw t0, 0(s2)
    beqz t0, 4f
    addi s2, s2, 4
    lbu t1, 0(t0)
    li t2, '-'
    bne t1, t2, 1b
    lbu t1, 1(t0)
    beqz t1, 1b                 # "-" is a name
    li t2, '-'
    bne t1, t2, 2f
    lbu t1, 2(t0)
    beqz t1, 4f                 # "--": the rest are names
2:  addi t0, t0, 1
3:  lbu t1, 0(t0)
    beqz t1, 1b
    addi t0, t0, 1
    li t2, 'f'
    la t3, force
    beq t1, t2, 5f
    la t3, recursive
    li t2, 'r'
    beq t1, t2, 5f
    li t2, 'R'
    beq t1, t2, 5f
    j .Lbad_option
5:  li t2, 1
    sw t2, 0(t3)
    j 3b
4:  li s2, 0
.Lnext:
    lw a0, 0(s0)
    beqz a0, .Ldone
    addi s0, s0, 4
    bnez s3, 2f
    lbu t1, 0(a0)
    li t2, '-'
    bne t1, t2, 2f
    lbu t1, 1(a0)
    beqz t1, 2f
    li t2, '-'
    bne t1, t2, .Lnext          # an option, taken already
    lbu t1, 2(a0)
    bnez t1, .Lnext
    li s3, 1
    j .Lnext
2:  addi s2, s2, 1
    call remove_operand
    or s1, s1, a0
    j .Lnext
.Ldone:
    bnez s2, 1f
    la t0, force
    lw t0, 0(t0)
    bnez t0, 1f
    la t0, progname
    lw a2, 0(t0)
    la a1, missing
    li a0, STDERR
    call fdprintf
    li s1, 1
1:  mv a0, s1
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret
.Lbad_option:
    mv a3, t1
    la t0, progname
    lw a2, 0(t0)
    la a1, bad_option
    li a0, STDERR
    call fdprintf
    li s1, 1
    j 1b
    .size main, . - main

# remove_operand(a0 path) -> a0: 0 or 1, as remove; with -r, "." and ".." (or a path ending in
# them) are refused first, as GNU rm refuses them.
    .type remove_operand, @function
remove_operand:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s0, a0
    la t0, recursive
    lw t0, 0(t0)
    beqz t0, 3f
    mv s1, a0                   # the last component
1:  lbu t0, 0(a0)
    beqz t0, 2f
    addi a0, a0, 1
    li t1, '/'
    bne t0, t1, 1b
    mv s1, a0
    j 1b
2:  mv a0, s1
    la a1, dot
    call strcmp
    beqz a0, 4f
    mv a0, s1
    la a1, dotdot
    call strcmp
    beqz a0, 4f
3:  mv a0, s0
    call remove
    j 5f
4:  la t0, progname
    lw a2, 0(t0)
    mv a3, s0
    la a1, refuse_dot
    li a0, STDERR
    call fdprintf
    li a0, 1
5:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret
    .size remove_operand, . - remove_operand

# remove(a0 path) -> a0: 0 when path is gone, or 1 after printing why not. Recursive with -r:
# one frame per directory level. Clobbers a-, t-registers. May sleep.
    .type remove, @function
remove:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s0, a0
    mv a1, a0
    li a0, AT_FDCWD
    li a2, 0
    call unlinkat
    beqz a0, 3f
    mv s1, a0
    li t0, -EISDIR
    bne a0, t0, 1f
    la t0, recursive
    lw t0, 0(t0)
    beqz t0, 2f
    mv a0, s0
    call remove_tree
    j 4f
1:  li t0, -ENOENT
    bne a0, t0, 2f
    la t0, force
    lw t0, 0(t0)
    bnez t0, 3f
2:  mv a0, s0
    mv a1, s1
    call report
    j 4f
3:  li a0, 0
4:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret
    .size remove, . - remove

# remove_tree(a0 path) -> a0: 0 when the directory and all in it are gone, else 1 (each failure
# printed). Clobbers a-, t-registers. May sleep.
#   s0 path, s1 fd, s2 the heap mark, s3 the next record, s4 the list of children, s5 the
#   result, s6 the path's length, s7 the end of the records.
    .type remove_tree, @function
remove_tree:
    addi sp, sp, -48
    sw ra, 44(sp)
    sw s0, 40(sp)
    sw s1, 36(sp)
    sw s2, 32(sp)
    sw s3, 28(sp)
    sw s4, 24(sp)
    sw s5, 20(sp)
    sw s6, 16(sp)
    sw s7, 12(sp)
    mv s0, a0
    li s5, 0
    call alloc_mark
    mv s2, a0
    mv a0, s0
    call strlen
    mv s6, a0
    li a0, AT_FDCWD
    mv a1, s0
    li a2, O_RDONLY | O_DIRECTORY | O_CLOEXEC
    li a3, 0
    call openat
    bltz a0, .Lunreadable
    mv s1, a0
    li s4, 0                    # the list of children, built here until the directory is read
.Lread:
    mv a0, s1
    la a1, dirents
    li a2, DIRENTS_SIZE
    call getdents64
    blez a0, .Lread_done
    la s3, dirents
    add s7, s3, a0
1:  bgeu s3, s7, .Lread
    addi a0, s3, D_NAME
    la a1, dot
    call strcmp
    beqz a0, 2f
    addi a0, s3, D_NAME
    la a1, dotdot
    call strcmp
    beqz a0, 2f
    addi a0, s3, D_NAME
    call strlen
    add a0, a0, s6
    addi a0, a0, N_PATH + 2     # the slash and the zero byte
    call alloc
    beqz a0, .Lexhausted
    sw s4, N_NEXT(a0)
    mv s4, a0
    addi a0, a0, N_PATH
    mv a1, s0
    call stpcpy
    li t0, '/'
    sb t0, 0(a0)
    addi a0, a0, 1
    addi a1, s3, D_NAME
    call stpcpy
2:  lhu t0, D_RECLEN(s3)
    add s3, s3, t0
    j 1b
.Lread_done:
    mv s3, a0                   # 0 at the end, or the error
    mv a0, s1
    call close
    bgez s3, 3f
    mv a0, s0
    mv a1, s3
    call report
    mv s5, a0
    j .Lrelease
3:  beqz s4, 4f
    addi a0, s4, N_PATH
    call remove
    or s5, s5, a0
    lw s4, N_NEXT(s4)
    j 3b
4:  bnez s5, .Lrelease          # something stayed inside: the directory cannot go
    li a0, AT_FDCWD
    mv a1, s0
    li a2, AT_REMOVEDIR
    call unlinkat
    beqz a0, .Lrelease
.Lunreadable:
    mv a1, a0
    mv a0, s0
    call report
    mv s5, a0
    j .Lrelease
.Lexhausted:
    mv a0, s1
    call close
    la t0, progname
    lw a2, 0(t0)
    la a1, no_memory
    li a0, STDERR
    call fdprintf
    li s5, 1
.Lrelease:
    mv a0, s2
    call alloc_release
    mv a0, s5
    lw ra, 44(sp)
    lw s0, 40(sp)
    lw s1, 36(sp)
    lw s2, 32(sp)
    lw s3, 28(sp)
    lw s4, 24(sp)
    lw s5, 20(sp)
    lw s6, 16(sp)
    lw s7, 12(sp)
    addi sp, sp, 48
    ret
    .size remove_tree, . - remove_tree

# report(a0 path, a1 error) -> a0: 1, after printing "rm: cannot remove 'path': message".
    .type report, @function
report:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    mv s0, a0
    mv a0, a1
    call strerror
    mv a4, a0
    mv a3, s0
    la t0, progname
    lw a2, 0(t0)
    la a1, cannot_remove
    li a0, STDERR
    call fdprintf
    li a0, 1
    lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret
    .size report, . - report
