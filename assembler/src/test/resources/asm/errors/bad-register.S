# gnu: rejects
# Registers that do not exist or are of the wrong kind; register names are case-sensitive.
.text
    add a0, a1, x32
    addi q0, a0, 1
    fadd.s fa0, a0, fa1
    lw a0, 0(fa0)
    add A0, a1, a2
    fmv.x.w fa0, fa1
    csrrw a0, mstatus, f1
