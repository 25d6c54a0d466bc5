# RV32I: every instruction, registers by ABI and numeric name, immediates at their limits.
.text
start:
    lui a0, 0
    lui t6, 0xfffff
    lui x1, 12345
    auipc a0, 0
    auipc s11, 0x80000
    auipc x31, 1
    add a0, a1, a2
    add x31, x0, x15
    add zero, ra, sp
    sub a0, a1, a2
    sub x31, x0, x15
    sub zero, ra, sp
    sll a0, a1, a2
    sll x31, x0, x15
    sll zero, ra, sp
    slt a0, a1, a2
    slt x31, x0, x15
    slt zero, ra, sp
    sltu a0, a1, a2
    sltu x31, x0, x15
    sltu zero, ra, sp
    xor a0, a1, a2
    xor x31, x0, x15
    xor zero, ra, sp
    srl a0, a1, a2
    srl x31, x0, x15
    srl zero, ra, sp
    sra a0, a1, a2
    sra x31, x0, x15
    sra zero, ra, sp
    or a0, a1, a2
    or x31, x0, x15
    or zero, ra, sp
    and a0, a1, a2
    and x31, x0, x15
    and zero, ra, sp
    addi a0, a1, 0
    addi t0, t1, -2048
    addi s0, fp, 2047
    addi x5, x6, 0x7ff
    addi a5, a5, -1
    slti a0, a1, 0
    slti t0, t1, -2048
    slti s0, fp, 2047
    slti x5, x6, 0x7ff
    slti a5, a5, -1
    sltiu a0, a1, 0
    sltiu t0, t1, -2048
    sltiu s0, fp, 2047
    sltiu x5, x6, 0x7ff
    sltiu a5, a5, -1
    xori a0, a1, 0
    xori t0, t1, -2048
    xori s0, fp, 2047
    xori x5, x6, 0x7ff
    xori a5, a5, -1
    ori a0, a1, 0
    ori t0, t1, -2048
    ori s0, fp, 2047
    ori x5, x6, 0x7ff
    ori a5, a5, -1
    andi a0, a1, 0
    andi t0, t1, -2048
    andi s0, fp, 2047
    andi x5, x6, 0x7ff
    andi a5, a5, -1
    slli a0, a1, 0
    slli t0, t1, 31
    slli x9, x10, 0x10
    srli a0, a1, 0
    srli t0, t1, 31
    srli x9, x10, 0x10
    srai a0, a1, 0
    srai t0, t1, 31
    srai x9, x10, 0x10
    lb a0, 0(a1)
    lb t0, -2048(sp)
    lb s1, 2047(x31)
    lb a2, (a3)
    lb gp, 16(tp)
    lh a0, 0(a1)
    lh t0, -2048(sp)
    lh s1, 2047(x31)
    lh a2, (a3)
    lh gp, 16(tp)
    lw a0, 0(a1)
    lw t0, -2048(sp)
    lw s1, 2047(x31)
    lw a2, (a3)
    lw gp, 16(tp)
    lbu a0, 0(a1)
    lbu t0, -2048(sp)
    lbu s1, 2047(x31)
    lbu a2, (a3)
    lbu gp, 16(tp)
    lhu a0, 0(a1)
    lhu t0, -2048(sp)
    lhu s1, 2047(x31)
    lhu a2, (a3)
    lhu gp, 16(tp)
    sb a0, 0(a1)
    sb t0, -2048(sp)
    sb s1, 2047(x31)
    sb a2, (a3)
    sb x0, -4(x2)
    sh a0, 0(a1)
    sh t0, -2048(sp)
    sh s1, 2047(x31)
    sh a2, (a3)
    sh x0, -4(x2)
    sw a0, 0(a1)
    sw t0, -2048(sp)
    sw s1, 2047(x31)
    sw a2, (a3)
    sw x0, -4(x2)
    beq a0, a1, start
    beq x31, x0, 1f
1:  beq s0, s1, .+4
    bne a0, a1, start
    bne x31, x0, 1f
1:  bne s0, s1, .+4
    blt a0, a1, start
    blt x31, x0, 1f
1:  blt s0, s1, .+4
    bge a0, a1, start
    bge x31, x0, 1f
1:  bge s0, s1, .+4
    bltu a0, a1, start
    bltu x31, x0, 1f
1:  bltu s0, s1, .+4
    bgeu a0, a1, start
    bgeu x31, x0, 1f
1:  bgeu s0, s1, .+4
    jal ra, start
    jal x0, 2f
    jal t0, .
2:  jalr ra, 0(a0)
    jalr x0, -2048(t1)
    jalr s2, 2047(s3)
    jalr a0, 0(a1)
    fence rw, rw
    fence iorw, iorw
    fence i, o
    fence r, w
    fence ior, ow
    fence.tso
    ecall
    ebreak
