# .insn immediates with relocation functions, as in machine instructions: %hi in u (which ends
# a fragment, as lui does), %lo in i and s, %pcrel_hi and %pcrel_lo; under .option relax they
# get their R_RISCV_RELAX as machine instructions do.
.text
    .insn u LUI, a0, %hi(symbol)
    .insn i OP_IMM, 0, a0, a0, %lo(symbol)
    .insn s STORE, 2, a1, %lo(symbol)(a0)
    .insn i LOAD, 2, a1, %lo(symbol + 8)(a0)
1:
    .insn u AUIPC, a0, %pcrel_hi(symbol)
    .insn i OP_IMM, 0, a0, a0, %pcrel_lo(1b)
    .insn s STORE_FP, 2, fa0, %pcrel_lo(1b)(a0)
    .insn u LUI, a0, %hi(0x12345678)
    .option relax
    .insn u LUI, a0, %hi(symbol)
    .insn i OP_IMM, 0, a0, a0, %lo(symbol)
2:
    .insn u AUIPC, a0, %pcrel_hi(symbol)
    .insn i LOAD, 2, a0, %pcrel_lo(2b)(a0)
    .insn b BRANCH, 0, a0, a1, symbol
    .option norelax
