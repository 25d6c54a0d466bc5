# abi: ilp32d
    .text
    .globl twice
twice:
    fadd.d fa0, fa0, fa0
    ret
