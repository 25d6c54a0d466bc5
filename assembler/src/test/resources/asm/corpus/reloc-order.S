# The order of relocations when .reloc meets fixups, as GNU writes them: each fixup, in the order
# made (branches last), after the .reloc relocations below its offset and at its place by
# offset among what came before, even when that is out of order.
.text
    beq a0, a1, far1
    .word x
    beq a0, a1, far2
    .word y
    .reloc 0, R_RISCV_32, z
    .reloc 0x10, R_RISCV_32, w
    .reloc 0x8, R_RISCV_32, v
    nop
    jal far3
    .reloc . - 4, R_RISCV_32, u
    call far4
    .reloc . - 8, R_RISCV_32, t
    .reloc . - 12, R_RISCV_32, s
.data
    .word p
    .word q - r
    .reloc 4, R_RISCV_32, n
    .reloc 0, R_RISCV_32, m
    .word o
