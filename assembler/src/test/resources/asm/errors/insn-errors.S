# gnu: rejects
# .insn written wrong: fields out of range, opcodes whose low bits are not 11, registers where
# numbers go and the reverse, too few or too many operands, an unknown format (formats are in
# lower case), a compressed format, immediates out of range or not known yet, a base register
# that is not an integer register, values that conflict with their length, no operands at all.
.text
    .insn r 0x33, 8, 0, a0, a1, a2
    .insn r 0x33, 0, 128, a0, a1, a2
    .insn r4 MADD, 0, 4, fa0, fa1, fa2, fa3
    .insn r 128, 0, 0, a0, a1, a2
    .insn r 0x30, 0, 0, a0, a1, a2
    .insn r 1 + 2 * 0x10, 3 - 1, 0x20 | 1, a0, a1, a2
    .insn r OP, 0, 0, a0, a1, 5
    .insn r OP, a0, 0, a0, a1, a2
    .insn r OP, 0, 0, a0, a1
    .insn r OP, 0, 0, a0, a1, a2, a3, a4
    .insn R OP, 0, 0, a0, a1, a2
    .insn cr C2, 9, a0, a1
    .insn i OP_IMM, 0, a0, a1, 2048
    .insn i OP_IMM, 1, a0, a1, later
    .insn i OP_IMM, undefined, a0, a1, 1
    .insn i LOAD, 2, fa0, 4(fa1)
    .insn u LUI, a0, 0x100000
    .insn u LUI, a0, -1
    .insn s STORE, 2, a0, 2048(a1)
    .insn 4, 0x1
    .insn 3, 0x13
    .insn 0x13, 4
    .insn 4, 0x100000013
    .insn -1
    .insn 0xffffffff
    .insn undefined + 3
    .insn
    .insn 0x13, 0x13, 0x13
.set later, 5
