# gnu: accepts
# What GNU as accepts but Strata does not (yet): compressed instructions, PIC address loading,
# DWARF line numbers, instructions outside the table.
.text
    .option rvc
    .option pic
    .file 1 "a.c"
    uret
    nop
