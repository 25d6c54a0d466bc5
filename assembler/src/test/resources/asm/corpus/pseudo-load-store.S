# Loads and stores of a symbol: auipc into the destination (loads) or the given temporary
# (stores and floating-point loads), then the access with %pcrel_lo.
.text
    lb a0, value
    lh a1, value + 2
    lw a2, value
    lbu a3, external
    lhu a4, external + 4
    sb a0, value, t0
    sh a1, value, t1
    sw a2, external, t2
    flw fa0, value, t0
    fld fa1, value, t1
    fsw fa2, value, t2
    fsd fa3, external, t3
.data
value:
    .word 0x12345678
