# Data references across files: absolute (%hi/%lo: lui+addi, loads and stores) and PC-relative
# (%pcrel_hi/%pcrel_lo: la, lla, loads and stores through a label), with addends.
    .text
    .globl _start
_start:
    lui a0, %hi(table)
    addi a0, a0, %lo(table)
    lw a1, %lo(table + 4)(a0)
    lui a2, %hi(counter)
    sw a1, %lo(counter)(a2)
    la a3, message
    lla a4, table + 8
1:  auipc a5, %pcrel_hi(counter)
    lw a6, %pcrel_lo(1b)(a5)
2:  auipc a7, %pcrel_hi(counter + 4)
    sw a6, %pcrel_lo(2b)(a7)
    lw t0, counter
    sw t0, counter, t1
    flw ft0, table, t2
    fsd ft0, counter, t3
    ret
