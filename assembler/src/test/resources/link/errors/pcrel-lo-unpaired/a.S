# %pcrel_lo names an auipc in another section: the linker finds the %pcrel_hi only in the
# same section, as GNU ld does.
    .text
    .globl _start
_start:
1:  auipc a0, %pcrel_hi(value)
    .section .text.other, "ax"
    addi a0, a0, %pcrel_lo(1b)
    ret
    .data
value:
    .word 1
