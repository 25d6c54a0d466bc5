# Words that are not instructions, or not canonical ones, and CSRs only binutils names.
start:
    .insn   0x0100000f          # fence w,<empty set>: binutils prints 'unknown'
    .insn   0x0000000f          # fence with both sets empty
    .insn   0x0ff0050f          # fence with rd != 0: not canonical
    .insn   0x0ff5000f          # fence with rs1 != 0: not canonical
    .insn   0x9ff0000f          # fence with a reserved fm: not canonical
    .insn   0x8330050f          # fence.tso with rd != 0
    .insn   0x0000150f          # fence.i with rd != 0
    .insn   0x0010100f          # fence.i with an immediate
    .insn   0x00c5d553          # fadd.s with the reserved rounding mode 5
    .insn   0x00c5e553          # fadd.s with the reserved rounding mode 6
    .insn   0xd2001053          # fcvt.d.w with rm != 0: binutils fixes rm
    .insn   0x42059553          # fcvt.d.s with rm != 0
    .insn   0x0000000b          # major opcode 0x0b (custom-0): no row
    .insn   0x00c5e557          # major opcode 0x57 (vector): not Strata's
    .insn   0x02b5c57b          # major opcode 0x7b (RV64 only)
    .insn   0x12b50573          # sfence.vma with rd != 0
    .insn   0x10000073          # an unknown SYSTEM word
    .insn   0x60002573          # csrr of hstatus: binutils knows more CSR names
    .insn   0xc2002573          # csrr of vl
    .insn   0x01502573          # csrr of seed
