# Where a .reloc goes: a number counts from the start of the current section, an address picks
# its own section (here and there); the place may be any byte of fixed contents, the first
# byte of a .zero run or of alignment padding, and, in code, the zero byte and c.nop that start
# code padding. '. - 8' is settled after the branch before it has grown to 8 bytes.
.text
start:
    beq a0, a1, far_away
    .reloc . - 4, R_RISCV_32, a
    .reloc . - 8, R_RISCV_32, b
    nop
    .byte 1
    .balign 16
    .reloc 5, R_RISCV_NONE, c
    .reloc 6, R_RISCV_NONE, c
    .reloc 7, R_RISCV_NONE, c
    .reloc 8, R_RISCV_NONE, c
    .reloc in_data, R_RISCV_32, d
    .reloc in_data + 4, R_RISCV_64, e
    .reloc start + 2, R_RISCV_SET16, f
    .set offset, 12
    .reloc offset - 4, R_RISCV_32, g
    nop
.data
    .word 0
in_data:
    .word 0
    .zero 8
    .reloc 8, R_RISCV_32, h
    .reloc 4, R_RISCV_32, i
    .word 0
    .byte 1
    .balign 8, 0xaa
    .reloc 21, R_RISCV_SET8, j
    .dword 0
.section .empty, "a"
    .reloc 0, R_RISCV_NONE, k
