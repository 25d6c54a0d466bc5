# li: one addi for 12-bit values, one lui when the low 12 bits are zero, lui+addi otherwise;
# 32-bit patterns are taken as signed; %lo gives a plain addi.
.text
    li a0, 0
    li a0, 1
    li a0, -1
    li a0, 2047
    li a0, -2048
    li a0, 2048
    li a0, -2049
    li a0, 0x800
    li a0, 0xfff
    li a0, 0x1000
    li a0, 0x7ffff000
    li a0, 0x7fffffff
    li a0, 0x80000000
    li a0, -0x80000000
    li a0, 0xffffffff
    li a0, 0xfffff800
    li a0, 0xfffff7ff
    li a0, 0x12345678
    li a0, 0xdeadbeef
    li a0, 0x100000001
    li t6, 'A'
    li x31, 3 * 7 + (1 << 12)
    .equ BIG, 0x40000
    li s0, BIG + 0x123
    li a1, %lo(sym)
    li a2, %lo(0x12345)
