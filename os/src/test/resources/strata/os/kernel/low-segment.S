# low-segment.S: a program whose data segment lies at 0x100000, where the kernel once kept the
# sifive_test finisher's page in every address space. User space is all of 0..USER_TOP now, so
# exec loads it like any other; the program reads its data back and exits with 0 when it is there.
# Linked at 0xff000 by KernelTest, so that its data segment lands on 0x100000.
    .text
    .globl _start
_start:
    la t0, word
    lw a0, 0(t0)
    li t1, 0x5555
    sub a0, a0, t1
    li a7, 93
    ecall
    .data
word:
    .word 0x5555
