# error.S: error messages as the GNU tools print them,
#
#     cat: nosuch: No such file or directory
#
# the program's name (argv[0], as coreutils prints it), what failed, and glibc's text for the
# error. The table holds the errors the user programs meet; its numbers come from errno.inc,
# the one definition the kernel uses too, so only the texts live here.

    .include "errno.inc"
    .include "linux.inc"

# ERROR name, text: one row of the table, the error's number and its message.
.macro ERROR name, text
    .section .rodata
1:  .asciz "\text"
    .section .data.errors, "aw"
    .word \name, 1b
.endm

    .section .data.errors, "aw"
    .balign 4
errors:
    ERROR EPERM,        "Operation not permitted"
    ERROR ENOENT,       "No such file or directory"
    ERROR EIO,          "Input/output error"
    ERROR E2BIG,        "Argument list too long"
    ERROR ENOEXEC,      "Exec format error"
    ERROR EBADF,        "Bad file descriptor"
    ERROR ECHILD,       "No child processes"
    ERROR EAGAIN,       "Resource temporarily unavailable"
    ERROR ENOMEM,       "Cannot allocate memory"
    ERROR EACCES,       "Permission denied"
    ERROR EFAULT,       "Bad address"
    ERROR EBUSY,        "Device or resource busy"
    ERROR EEXIST,       "File exists"
    ERROR EXDEV,        "Invalid cross-device link"
    ERROR ENOTDIR,      "Not a directory"
    ERROR EISDIR,       "Is a directory"
    ERROR EINVAL,       "Invalid argument"
    ERROR EMFILE,       "Too many open files"
    ERROR ENOTTY,       "Inappropriate ioctl for device"
    ERROR EFBIG,        "File too large"
    ERROR ENOSPC,       "No space left on device"
    ERROR ESPIPE,       "Illegal seek"
    ERROR EROFS,        "Read-only file system"
    ERROR EPIPE,        "Broken pipe"
    ERROR ENAMETOOLONG, "File name too long"
    ERROR ENOSYS,       "Function not implemented"
    ERROR ENOTEMPTY,    "Directory not empty"
    ERROR ELOOP,        "Too many levels of symbolic links"
    .section .data.errors, "aw"
    .word 0, 0

    .section .rodata
unknown:
    .asciz "Unknown error"
path_format:
    .asciz "%s: %s: %s\n"

    .text

# strerror(a0 error) -> a0: the message for an error number, given either way round (ENOENT or
# -ENOENT, as a system call returns it). Leaf; clobbers t0-t2.
    .globl strerror
    .type strerror, @function
strerror:
    bgez a0, 1f
    neg a0, a0
1:  la t0, errors
2:  lw t1, 0(t0)
    beqz t1, 3f
    lw t2, 4(t0)
    addi t0, t0, 8
    bne t1, a0, 2b
    mv a0, t2
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
