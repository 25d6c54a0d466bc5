# Symbol differences (R_RISCV_ADD*/SUB* pairs in code), and the data relocations GNU as only
# writes for .reloc: SET6/8/16/32, SUB6, ADD64/SUB64, 32_PCREL.
    .text
    .globl _start
_start:
    nop
here:
    nop
    .word there - here
    .half there - _start
    .byte there - here
    .byte 0
    .word far_label - here + 8
    .dword 0
    .reloc . - 8, R_RISCV_ADD64, far_label
    .reloc . - 8, R_RISCV_SUB64, _start
    .word 0
    .reloc . - 4, R_RISCV_32_PCREL, far_label
    .word 0
    .reloc . - 4, R_RISCV_SET32, far_label
    .half 0
    .reloc . - 2, R_RISCV_SET16, far_label
    .byte 0x40, 0x43, 0xc7
    .reloc . - 3, R_RISCV_SET8, far_label
    .reloc . - 2, R_RISCV_SET6, there
    .reloc . - 1, R_RISCV_SUB6, here
    .byte 0
    .balign 4
there:
    ret
