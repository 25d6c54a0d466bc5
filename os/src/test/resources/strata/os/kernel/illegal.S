# illegal.S: reads a supervisor CSR from U-mode, an illegal instruction: the kernel must kill the
# process with SIGILL (init's status 132) and say where.
    .text
    .globl _start
_start:
    nop
    csrr a0, sstatus
    li a7, 93                           # exit, never reached
    ecall
