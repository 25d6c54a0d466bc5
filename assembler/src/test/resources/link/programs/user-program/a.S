# A user program: base 0x10000 like a Linux static binary, entry point main, and the linker's
# own symbols referenced from code.
    .text
    .globl main
main:
    la gp, __global_pointer$
    la a0, __bss_start
    la a1, _end
    la a2, _etext
    la a3, __rodata_start
    la a4, __data_start
    la a5, _edata
    la a6, __executable_start
    li a7, 93
    ecall
    .section .rodata
    .word _end - __bss_start
    .bss
    .zero 20
