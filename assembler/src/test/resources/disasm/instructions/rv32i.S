# RV32I base instructions and Zifencei: every row, with the extremes of each field.
start:
    lui     a0, 0x12345
    lui     zero, 0
    lui     t6, 0xfffff
    auipc   t0, 0
    auipc   s11, 0xfffff
    jal     ra, start
    jal     zero, .+8
    jal     a0, .+0xffffe
    jal     t1, .-0x100000
    jalr    a0, 4(a1)
    jalr    t2, -2048(s0)
    jalr    gp, 2047(tp)
    beq     a0, a1, start
    bne     s1, s2, .+4094
    blt     a2, a3, .-4096
    bge     a4, a5, .+12
    bltu    a6, a7, .-8
    bgeu    t3, t4, .+2
    lb      a0, -1(a1)
    lh      s3, -2048(sp)
    lw      s4, 2047(sp)
    lbu     s5, 0(t0)
    lhu     s6, 100(t5)
    sb      a0, -1(a1)
    sh      s7, -2048(sp)
    sw      s8, 2047(gp)
    addi    a0, a1, 1
    addi    s9, s10, -2048
    slti    a0, a1, -5
    slti    t0, t1, 2047
    sltiu   a0, a1, 7
    sltiu   a0, a1, -1
    xori    a0, a1, 0x7ff
    ori     a0, a1, -2048
    andi    a0, a1, 15
    slli    a0, a1, 0
    slli    a0, a1, 31
    srli    t0, t1, 1
    srai    t2, t3, 31
    add     a0, a1, a2
    sub     a0, a1, a2
    sll     t0, t1, t2
    slt     s0, s1, s2
    sltu    a3, a4, a5
    xor     a6, a7, s2
    srl     s3, s4, s5
    sra     s6, s7, s8
    or      s9, s10, s11
    and     t3, t4, t5
    fence   iorw, iorw
    fence   rw, w
    fence   i, o
    fence   r, rw
    fence   io, iorw
    fence.tso
    ecall
    ebreak
    fence.i
