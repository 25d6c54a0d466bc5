# gnu: accepts
# What GNU as accepts but Strata does not (yet): compressed instructions, PIC address loading,
# DWARF line numbers, instructions outside the table, relocation types outside Strata's object
# model, .insn of 16-bit instructions or of instructions longer than 32 bits.
.text
    .option rvc
    .option pic
    .file 1 "a.c"
    uret
    nop
    .reloc 0, R_RISCV_TPREL_HI20, x
    .insn 2, 0x0001
    .insn 4
    .insn r 0x1f, 0, 0, a0, a1, a2
    .insn 0x0000003f
