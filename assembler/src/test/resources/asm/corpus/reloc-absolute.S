# A .reloc value that only becomes a number at the end (a difference of labels, a temporary set
# to a number later) names the absolute section's symbol, and GNU lists that symbol, as long as
# the file has no fixup and no .reloc whose value was a number from the start (reloc-temporaries.S
# has one, and no such symbol).
.text
first:
    nop
second:
    nop
    .reloc first, R_RISCV_32, second - first
    .reloc second, R_RISCV_32, .Llater + 1
    .set .Llater, 40
