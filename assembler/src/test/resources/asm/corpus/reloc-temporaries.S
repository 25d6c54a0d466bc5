# .reloc against temporary symbols: .L labels, numeric local labels and . are replaced by their
# section's symbol plus their offset (unless in a mergeable section with an addend), while
# named local labels stay. A difference of labels that only becomes a number at the end, or a
# temporary set to a number, names the absolute section's symbol, which GNU then lists.
.data
data_start:
    .word 0
.Ldata:
    .word 0
1:
    .word 0
    .reloc 0, R_RISCV_32, .Ldata
    .reloc 0, R_RISCV_32, .Ldata + 2
    .reloc 0, R_RISCV_32, 1b
    .reloc 0, R_RISCV_32, 1f + 1
    .reloc 0, R_RISCV_32, .
    .reloc 0, R_RISCV_32, . - 4
    .reloc 0, R_RISCV_32, .Lcode
    .reloc 0, R_RISCV_32, data_start
    .reloc 4, R_RISCV_32, .Ldata - data_start
    .reloc 4, R_RISCV_32, .Lstring
    .reloc 4, R_RISCV_32, .Lstring + 1
1:
    .word 0
.section .rodata.str, "aMS", @progbits, 1
.Lstring:
    .string "text"
.text
code_start:
    nop
.Lcode:
    nop
    .reloc 0, R_RISCV_32, .Lcode - code_start
    .set .Lnumber, 12
    .reloc 4, R_RISCV_32, .Lnumber
