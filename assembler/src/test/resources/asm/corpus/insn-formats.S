# .insn by format: r (also with funct2 and rs3), r4, i (register and load forms), s, b and sb,
# u, j and uj; opcodes by number and by every name GNU gives them; fields as expressions and
# symbols set to numbers; integer or floating-point registers in every register slot but a base.
.set FUNCT, 5
.text
start:
    .insn r 0x33, 0, 0, a0, a1, a2
    .insn r OP, 0, 0x20, a0, a1, a2
    .insn r OP_FP, 0, 0, fa0, fa1, fa2
    .insn r 0x53, 7, 1, a0, fa1, a2
    .insn r MADD, 0, 0, fa0, fa1, fa2, fa3
    .insn r MSUB, 7, 3, a0, fa1, ft2, t3
    .insn r4 MADD, 7, 1, fa0, fa1, fa2, fa3
    .insn r4 0x43, 0, 3, a0, a1, a2, a3
    .insn r OP, FUNCT, 1 + 2 * 3, x31, f31, zero
    .insn i OP_IMM, 0, a0, a1, 13
    .insn i 0x13, 0, a0, a1, -2048
    .insn i OP_IMM, 1, fa0, fs1, 2047
    .insn i OP_IMM, 2, a0, a1, 0xfffff800
    .insn i LOAD, 2, a0, 4(a1)
    .insn i LOAD_FP, 2, fa0, -4(sp)
    .insn i LOAD, 0, a0, (a1)
    .insn i JALR, 0, ra, 0(t0)
    .insn i SYSTEM, 0, zero, zero, 0x105
    .insn s STORE, 2, a0, 8(sp)
    .insn s STORE_FP, 3, fa0, -8(sp)
    .insn s STORE, 0, a0, (a1)
    .insn b BRANCH, 0, a0, a1, forward
    .insn sb BRANCH, 1, fa0, a1, start
    .insn b BRANCH, 4, a0, a1, undefined_target
    .insn b CUSTOM_0, 5, a0, a1, 64
    .insn u LUI, a0, 0x12345
    .insn u AUIPC, ft0, 0xfffff
    .insn j JAL, ra, forward
    .insn uj 0x6f, zero, start
    .insn j CUSTOM_1, fa5, undefined_target
forward:
    .insn r LOAD, 0, 0, a0, a1, a2
    .insn r LOAD_FP, 0, 0, a0, a1, a2
    .insn r CUSTOM_0, 0, 0, a0, a1, a2
    .insn r MISC_MEM, 0, 0, a0, a1, a2
    .insn r OP_IMM, 0, 0, a0, a1, a2
    .insn r AUIPC, 0, 0, a0, a1, a2
    .insn r OP_IMM_32, 0, 0, a0, a1, a2
    .insn r STORE, 0, 0, a0, a1, a2
    .insn r STORE_FP, 0, 0, a0, a1, a2
    .insn r CUSTOM_1, 0, 0, a0, a1, a2
    .insn r AMO, 0, 0, a0, a1, a2
    .insn r LUI, 0, 0, a0, a1, a2
    .insn r OP_32, 0, 0, a0, a1, a2
    .insn r NMSUB, 0, 0, a0, a1, a2
    .insn r NMADD, 0, 0, a0, a1, a2
    .insn r OP_V, 0, 0, a0, a1, a2
    .insn r CUSTOM_2, 0, 0, a0, a1, a2
    .insn r BRANCH, 0, 0, a0, a1, a2
    .insn r JALR, 0, 0, a0, a1, a2
    .insn r JAL, 0, 0, a0, a1, a2
    .insn r SYSTEM, 0, 0, a0, a1, a2
    .insn r CUSTOM_3, 0, 0, a0, a1, a2
    .insn r 0x6b, 0, 0, a0, a1, a2
