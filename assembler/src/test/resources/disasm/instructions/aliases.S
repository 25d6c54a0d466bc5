# Every alias objdump prints, next to the base instructions it must not capture.
start:
    nop
    addi    zero, zero, 1
    li      a0, 0
    li      a0, -2048
    li      t0, 2047
    mv      a0, a1
    mv      sp, s0
    addi    a0, a1, 16
    not     a0, a1
    xori    a0, a1, -2
    neg     a0, a1
    sub     a0, a1, zero
    seqz    a0, a1
    sltiu   a0, a1, 2
    snez    a0, a1
    sltu    a0, a1, zero
    sltz    a0, a1
    sgtz    a0, a1
    slt     a0, a1, a2
    zext.b  a0, a1
    andi    a0, a1, 127
    beqz    a0, start
    beq     zero, a0, start
    bnez    a0, start
    bne     zero, a0, start
    blez    a0, start
    bgez    a0, start
    bltz    a0, start
    bgtz    a0, start
    bgt     a1, a0, start
    ble     a1, a0, start
    bgtu    a1, a0, start
    bleu    a1, a0, start
    j       start
    jal     start
    jal     a0, start
    ret
    jr      a0
    jr      8(a0)
    jalr    a0
    jalr    -8(a0)
    jalr    a1, a0
    jalr    a1, 4(a0)
    jalr    zero, 0(zero)
    unimp
    csrrw   a0, cycle, zero
    rdinstret  a0
    rdcycle    a0
    rdtime     a0
    rdinstreth a0
    rdcycleh   a0
    rdtimeh    a0
    frcsr   a0
    frrm    a0
    frflags a0
    fscsr   a1
    fscsr   a0, a1
    fsrm    a1
    fsrm    a0, a1
    fsflags a1
    fsflags a0, a1
    fsrmi   3
    fsrmi   a0, 3
    fsflagsi 31
    fsflagsi a0, 31
    csrr    a0, mstatus
    csrw    mstatus, a1
    csrs    mstatus, a1
    csrc    mstatus, a1
    csrwi   mstatus, 5
    csrsi   mstatus, 5
    csrci   mstatus, 5
    csrrs   a0, mstatus, a1
    csrrsi  a0, mstatus, 0
    fmv.s   fa0, fa1
    fneg.s  fa0, fa1
    fabs.s  fa0, fa1
    fsgnj.s fa0, fa1, fa2
    fmv.d   fa0, fa1
    fneg.d  fa0, fa1
    fabs.d  fa0, fa1
    fsgnjx.d fa0, fa1, fa2
    fmv.x.s a0, fa1
    fmv.s.x fa0, a1
    fence
    fence   iorw, rw
    sfence.vma
    sfence.vma a0
    sfence.vma zero, a1
    slli    a0, a1, 3
    srli    a0, a1, 3
    srai    a0, a1, 3
    ori     a0, a1, 3
    andi    a0, a1, 3
