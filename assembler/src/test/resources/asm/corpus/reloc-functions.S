# %hi, %lo, %pcrel_hi and %pcrel_lo in every immediate that takes them; GNU fills %hi/%lo fields
# with the addend's parts ahead of the linker; a number inside %hi/%lo is resolved here.
.text
    lui a0, %hi(sym)
    addi a0, a0, %lo(sym)
    lui a1, %hi(sym + 0x12345)
    addi a1, a1, %lo(sym + 0x12345)
    lw a2, %lo(sym)(a1)
    sw a2, %lo(sym + 4)(a1)
    flw fa0, %lo(sym)(a1)
    fsd fa0, %lo(sym)(a1)
    jalr ra, %lo(sym)(a1)
    lui a3, %hi(0x12345fff)
    addi a3, a3, %lo(0x12345fff)
    lui a4, %hi(local)
    addi a4, a4, %lo(local)
1:  auipc a5, %pcrel_hi(sym)
    addi a5, a5, %pcrel_lo(1b)
2:  auipc a6, %pcrel_hi(local + 8)
    lw a6, %pcrel_lo(2b)(a6)
    sw a6, %pcrel_lo(2b)(a6)
.Lhi:
    auipc a7, %pcrel_hi(sym)
    addi a7, a7, %pcrel_lo(.Lhi)
    lui t0, %pcrel_hi(sym)
    auipc t1, %hi(sym)
local:
    nop
