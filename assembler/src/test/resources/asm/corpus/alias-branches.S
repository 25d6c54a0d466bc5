# Branch aliases: the comparisons with zero and the swapped-operand comparisons.
.text
top:
    beqz a0, top
    bnez a1, top
    blez a2, top
    bgez a3, top
    bltz a4, top
    bgtz a5, top
    bgt a0, a1, top
    ble a0, a1, top
    bgtu a0, a1, top
    bleu a0, a1, top
    beqz t0, bottom
    bgt x31, x0, bottom
bottom:
    nop
