# execs.S: execve from user space, run as /sbin/init from a disk by DiskInitTest: the errors
# (a missing file, a directory, a file that is not a program, one without an execute bit, bad
# pointers), each leaving the caller as it was, then a forked child that runs /bin/args with
# arguments and an environment, and the status it exits with.

    .include "syscalls.inc"
    .include "linux.inc"
    .include "show.inc"

# EXEC path, argv, envp: execve into a0 (the arguments are labels, or 0 as "zero").
    .macro EXEC path, argv, envp
    la a0, \path
    la a1, \argv
    la a2, \envp
    li a7, SYS_execve
    ecall
    .endm

    .text
    .globl _start
_start:
    EXEC missing, args, env
    SHOW "execve of a missing file", a0
    EXEC directory, args, env
    SHOW "execve of a directory", a0
    EXEC not_program, args, env
    SHOW "execve of a text file", a0
    EXEC not_executable, args, env
    SHOW "execve of a file without x", a0
    li a0, 0
    la a1, args
    li a2, 0
    li a7, SYS_execve
    ecall
    SHOW "execve with path 0", a0
    la a0, program
    li a1, 0x80000000
    li a2, 0
    li a7, SYS_execve
    ecall
    SHOW "execve with argv in the kernel", a0
    EXEC program, bad_args, env
    SHOW "execve with a bad argv[1]", a0

    li a0, SIGCHLD
    li a1, 0
    li a7, SYS_clone
    ecall
    bnez a0, parent
    EXEC program, args, env
    SHOW "execve returned", a0
    li a0, 99
    li a7, SYS_exit
    ecall
parent:
    mv s1, a0
    li a0, P_PID
    mv a1, s1
    la a2, info
    li a3, WEXITED
    li a4, 0
    li a7, SYS_waitid
    ecall
    SHOW "waitid", a0
    lw t0, info + SI_STATUS
    SHOW "/bin/args exited with", t0
    li a0, 0
    li a7, SYS_exit
    ecall

    .include "print.inc"

    .section .rodata
missing:        .asciz "/bin/missing"
directory:      .asciz "/bin"
not_program:    .asciz "/etc/motd"
not_executable: .asciz "/bin/args-not-executable"
program:        .asciz "/bin/args"
arg0:           .asciz "args"
arg1:           .asciz "one"
arg2:           .asciz "two words"
env0:           .asciz "HOME=/home"
env1:           .asciz "PATH=/bin"
    .balign 4
args:           .word arg0, arg1, arg2, 0
bad_args:       .word arg0, 0x80000000, 0
env:            .word env0, env1, 0

    .data                               # (without .data, strata link puts .bss in the read-only segment)
    .balign 4
info:   .space 128
