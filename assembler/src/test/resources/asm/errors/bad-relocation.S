# gnu: rejects
# only ours: 12, 13
# Relocation functions where they cannot go, unknown ones, and data too narrow for a symbol.
.text
    beq a0, a1, %hi(target)
    j %lo(target)
    lui a0, %lo(target)
    addi a0, a0, %hi(target)
    addi a0, a0, %bogus(target)
    li a0, %hi(target)
    la a0, %pcrel_hi(target)
    .byte target
    .half target
target:
    nop
