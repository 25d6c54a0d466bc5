# null.S: /test/null reads the word at address 0. Nothing is mapped there, so the load faults and
# the kernel kills the process with SIGSEGV: a shell that started it goes on, with $? = 139
# (128 + 11). It shows that a user program's fault ends that program and nothing else.

    .include "runtime.inc"

    .section .rodata
announce:   .asciz "null: reading address 0\n"
survived:   .asciz "null: the read returned %d (no fault)\n"

    .text
# main() -> never returns: the load at address 0 faults. Were it to return, it says so, status 1.
    .globl main
    .type main, @function
main:
    addi sp, sp, -16
    sw ra, 12(sp)
    li a0, STDOUT
    la a1, announce
    call fdprintf
    lw a2, 0(zero)              # the fault: address 0 is never mapped
    li a0, STDOUT
    la a1, survived
    call fdprintf
    li a0, 1
    lw ra, 12(sp)
    addi sp, sp, 16
    ret
    .size main, . - main
