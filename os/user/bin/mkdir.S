# mkdir.S: /bin/mkdir [-p] DIR...: makes each directory (mode 0777, less the umask, as the kernel
# applies it). With -p, first the missing directories on the way to it, and a directory that
# already exists is no error. Messages and the exit status (1 if any failed) as GNU mkdir's.

    .include "runtime.inc"
    .include "errno.inc"

    .bss
    .balign 4
parents:    .zero 4             # -p was given
statbuf:    .zero SIZEOF_STATX

    .section .rodata
cannot_create:  .asciz "%s: cannot create directory '%s': %s\n"
missing:        .asciz "%s: missing operand\nTry 'mkdir --help' for more information.\n"
bad_option:     .asciz "%s: invalid option -- '%c'\nTry 'mkdir --help' for more information.\n"

    .text
# main(a0 argc, a1 argv) -> a0: 0, or 1 if any directory could not be made.
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
    mv s2, s0                   # options first: GNU mkdir takes them anywhere, so look at all
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
    li t2, 'p'
    bne t1, t2, .Lbad_option
    la t2, parents
    li t3, 1
    sw t3, 0(t2)
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
    call make
    or s1, s1, a0
    j .Lnext
.Ldone:
    bnez s2, 1f
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

# make(a0 path) -> a0: 0, or 1 after printing why the directory could not be made.
#   s0 path, s1 a copy of it, cut short at each slash in turn for -p, s2 the byte being looked at.
    .type make, @function
make:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    mv s0, a0
    la t0, parents
    lw t0, 0(t0)
    beqz t0, .Llast
    call strlen
    addi a0, a0, 1
    call alloc
    beqz a0, .Llast             # no memory for the copy: just the directory itself
    mv s1, a0
    mv a1, s0
    call stpcpy
    addi s2, s1, 1              # a leading slash is the root, not a directory to make
1:  lbu t0, 0(s2)
    beqz t0, .Llast
    li t1, '/'
    bne t0, t1, 2f
    lbu t0, -1(s2)
    beq t0, t1, 2f              # one of several slashes in a row
    sb zero, 0(s2)
    mv a0, s1
    li a1, -ENOTDIR
    call make_one
    li t1, '/'
    sb t1, 0(s2)
    bnez a0, 3f
2:  addi s2, s2, 1
    j 1b
.Llast:
    mv a0, s0
    li a1, -EEXIST
    call make_one
3:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret
    .size make, . - make

# make_one(a0 path, a1 error) -> a0: 0 when path is now a directory (with -p an existing one
# counts), or 1 after printing why not. With -p, a path that exists but is not a directory is
# reported with `error`: -EEXIST for the directory asked for, -ENOTDIR for one on the way to it,
# as GNU mkdir reports them. Clobbers a-, t-registers. May sleep.
    .type make_one, @function
make_one:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    mv s0, a0
    mv s2, a1
    mv a1, a0
    li a0, AT_FDCWD
    li a2, 0777
    call mkdirat
    beqz a0, 3f
    mv s1, a0
    li t0, -EEXIST
    bne a0, t0, 2f
    la t0, parents
    lw t0, 0(t0)
    beqz t0, 2f
    li a0, AT_FDCWD             # it exists: fine for -p if it is a directory
    mv a1, s0
    li a2, 0
    li a3, STATX_TYPE
    la a4, statbuf
    call statx
    bnez a0, 2f
    la t0, statbuf
    lhu t0, STX_MODE(t0)
    li t1, S_IFMT
    and t0, t0, t1
    li t1, S_IFDIR
    beq t0, t1, 3f
    mv s1, s2
2:  mv a0, s1
    call strerror
    mv a4, a0
    mv a3, s0
    la t0, progname
    lw a2, 0(t0)
    la a1, cannot_create
    li a0, STDERR
    call fdprintf
    li a0, 1
    j 4f
3:  li a0, 0
4:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret
    .size make_one, . - make_one
