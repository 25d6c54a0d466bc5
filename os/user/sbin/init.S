# init.S: /sbin/init, the first program the kernel starts. It runs the shell, /bin/sh (or the
# program named by its arguments, `init PROGRAM [ARGS...]`, which is how it is tested on a host
# where it is not the first process), in a new process with the minimal environment PATH=/bin
# and HOME=/; it waits, reaping any other child that ends meanwhile (orphans become init's), and
# when the shell has ended it exits with the shell's status (128 + the signal if it was killed).
# On Strata, init's end is the machine's: the kernel powers off with init's status
# (docs/userland.md).

    .include "runtime.inc"
    .include "errno.inc"


    .bss
    .balign 4
info:   .zero SIZEOF_SIGINFO

    .data
    .balign 4
shell_argv:                     # the shell, when no program is named
    .word shell_name, 0
environment:
    .word path_setting, home_setting, 0

    .section .rodata
shell_path:     .asciz "/bin/sh"
shell_name:     .asciz "sh"
path_setting:   .asciz "PATH=/bin"
home_setting:   .asciz "HOME=/"
cannot_run:     .asciz "%s: %s: %s\n"
cannot_fork:    .asciz "%s: fork: %s\n"

    .text
# main(a0 argc, a1 argv) -> a0: the shell's status, or 127 if it could not be started.
#   s0 the program's path, s1 its argv, s2 its process id.
    .globl main
    .type main, @function
main:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    la s0, shell_path
    la s1, shell_argv
    li t0, 2
    blt a0, t0, 1f
    lw s0, 4(a1)                # init PROGRAM ARGS...: argv from PROGRAM on
    addi s1, a1, 4
1:  li a0, SIGCHLD
    li a1, 0
    li a2, 0
    li a3, 0
    li a4, 0
    call clone
    beqz a0, .Lchild
    bltz a0, .Lno_fork
    mv s2, a0
.Lwait:
    li a0, P_ALL
    li a1, 0
    la a2, info
    li a3, WEXITED
    li a4, 0
    call waitid
    bltz a0, .Lno_child         # ECHILD: nothing left to wait for
    la t0, info
    lw t1, SI_PID(t0)
    bne t1, s2, .Lwait          # an orphan: reaped, and init waits on
    lw a0, SI_STATUS(t0)
    lw t1, SI_CODE(t0)
    li t2, CLD_EXITED
    beq t1, t2, .Lreturn
    addi a0, a0, 128
    j .Lreturn
.Lchild:
    mv a0, s0
    mv a1, s1
    la a2, environment
    call execve
    call strerror
    mv a4, a0
    mv a3, s0
    la t0, progname
    lw a2, 0(t0)
    la a1, cannot_run
    li a0, STDERR
    call fdprintf
    li a0, 127
    call exit
.Lno_fork:
    call strerror
    mv a3, a0
    la t0, progname
    lw a2, 0(t0)
    la a1, cannot_fork
    li a0, STDERR
    call fdprintf
.Lno_child:
    li a0, 127
.Lreturn:
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret
    .size main, . - main
