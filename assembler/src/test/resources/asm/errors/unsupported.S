# gnu: accepts
# What GNU as accepts but Strata does not (yet): compressed instructions, PIC address loading,
# DWARF line numbers, instructions outside the table, relocation types outside Strata's object
# model.
.text
    .option rvc
    .option pic
    .file 1 "a.c"
    uret
    nop
    .reloc 0, R_RISCV_TPREL_HI20, x
