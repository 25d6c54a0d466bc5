# error.S: error messages as the GNU tools print them,
#
#     cat: nosuch: No such file or directory
#
# the program's name (argv[0], as coreutils prints it), what failed, and glibc's text for the
# error. The table of texts comes from errno.inc (ERRNO_MESSAGES), generated from the same
# Errno table as the numbers the kernel returns.

    .include "errno.inc"
    .include "runtime.inc"

    .section .rodata
    .balign 4
errors:                         # pairs of words: the number, the message; a zero number ends them
    ERRNO_MESSAGES

    .section .rodata
unknown:
    .asciz "Unknown error"
path_format:
    .asciz "%s: %s: %s\n"

    .text

# strerror(a0 error) -> a0: the message for an error number, given either way round (ENOENT or
# -ENOENT, as a system call returns it). Leaf; clobbers t0, t1.
    .globl strerror
    .type strerror, @function
strerror:
    bgez a0, 1f
    neg a0, a0
1:  la t0, errors
2:  lw t1, 0(t0)
    beqz t1, 3f
    addi t0, t0, 8
    bne t1, a0, 2b
    lw a0, -4(t0)
    ret
3:  la a0, unknown
    ret
    .size strerror, . - strerror

# error_path(a0 path, a1 error): prints "progname: path: message" on standard error.
# Clobbers a-, t-registers. May sleep (write).
    .globl error_path
    .type error_path, @function
error_path:
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
    la a1, path_format
    li a0, STDERR
    call fdprintf
    lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret
    .size error_path, . - error_path
