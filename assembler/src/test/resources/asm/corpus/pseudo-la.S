# la and lla: auipc + addi with %pcrel_hi and a %pcrel_lo of a label on the auipc; a number is
# loaded as li would.
.text
    la a0, local
    la a1, external
    la a2, local + 16
    la a3, external - 4
    la a4, 0x12345678
    la a5, 5
    lla a0, local
    lla a1, external + 8
    lla a2, 0x1000
.data
local:
    .word 0
