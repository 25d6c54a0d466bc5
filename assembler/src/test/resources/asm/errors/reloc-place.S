# gnu: rejects
# only ours: 14, 16
# A .reloc must point into the fixed contents of its section (not inside a .zero run or
# alignment padding, not outside the section) and its field must end within the section;
# GNU checks the end only against a section symbol, and drops a relocation at a common symbol.
.data
    .word 0
    .zero 8
    .half 0
    .reloc 8, R_RISCV_32, a
    .reloc 100, R_RISCV_32, a
    .reloc -1, R_RISCV_32, a
    .reloc 13, R_RISCV_32, .Lend
    .reloc 13, R_RISCV_32, a
    .comm common, 4
    .reloc common, R_RISCV_32, a
    .byte 1
    .balign 8, 0
    .reloc 16, R_RISCV_NONE, a
.Lend:
.text
    nop
    .byte 1
    .balign 16
    .reloc 9, R_RISCV_NONE, a
