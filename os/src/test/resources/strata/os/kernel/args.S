# args.S: prints its argc, arguments and environment, one a line, then exits with argc; run as
# /bin/args by execs.S.

    .include "syscalls.inc"
    .include "show.inc"

    .text
    .globl _start
_start:
    lw s1, 0(sp)
    SHOW "argc", s1
    addi s2, sp, 4
1:  lw a0, 0(s2)
    beqz a0, 2f
    call puts
    call newline
    addi s2, s2, 4
    j 1b
2:  addi s2, s2, 4
3:  lw a0, 0(s2)
    beqz a0, 4f
    call puts
    call newline
    addi s2, s2, 4
    j 3b
4:  mv a0, s1
    li a7, SYS_exit
    ecall

    .include "print.inc"
