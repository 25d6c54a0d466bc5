# gnu: accepts
# A %pcrel_lo must name the label of its auipc; GNU as leaves a wrong one to the linker, Strata
# reports it.
.text
hi:
    auipc a0, %pcrel_hi(target)
    addi a0, a0, %pcrel_lo(hi)
notahi:
    addi a0, a0, %pcrel_lo(notahi)
    addi a0, a0, %pcrel_lo(hi + 4)
    addi a0, a0, %pcrel_lo(elsewhere)
target:
    nop
