# CSR aliases: read, write, set, clear, with registers and immediates; the counters and the
# floating-point CSR shorthands.
.text
    csrr a0, mstatus
    csrr t0, 0x340
    csrw mtvec, a0
    csrs mie, a1
    csrc mip, a2
    csrwi mscratch, 5
    csrsi mstatus, 8
    csrci mstatus, 31
    csrw mscratch, 7
    csrs mstatus, 1
    csrc mstatus, 2
    csrrw a0, mscratch, 3
    csrrs a0, mstatus, 4
    csrrc a0, mstatus, 5
    rdcycle a0
    rdcycleh a1
    rdtime a2
    rdtimeh a3
    rdinstret a4
    rdinstreth a5
    frcsr a0
    frsr a1
    fscsr a0
    fscsr a1, a2
    fssr a3
    fssr a4, a5
    frrm a0
    fsrm a1
    fsrm a2, a3
    fsrmi 3
    fsrmi a0, 4
    frflags a0
    fsflags a1
    fsflags a2, a3
    fsflagsi 1
    fsflagsi a0, 31
