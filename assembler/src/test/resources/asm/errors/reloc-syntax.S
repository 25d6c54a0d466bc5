# gnu: rejects
# .reloc written wrong: unknown or numbered types, missing parts, extra operands, offsets and
# values that are no address in a section, or no symbol plus a number.
.data
a:  .word 0
b:  .word 0
    .reloc 0, R_RISCV_FOO, x
    .reloc 0, 1, x
    .reloc 0
    .reloc 0, R_RISCV_32, x, y
    .reloc , R_RISCV_32, a
    .reloc 0, , a
    .reloc 0, R_RISCV_32, -a
    .reloc 0, R_RISCV_32, a - .Ltext
    .reloc undefined, R_RISCV_32, a
    .reloc b - a, R_RISCV_32, a
.text
.Ltext:
    nop
