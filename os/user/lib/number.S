# number.S: numbers to and from decimal text.

    .text

# utoa(a0 value, a1 buf) -> a0: the end of the digits. Writes value in decimal (at most 10
# digits) and a zero byte after them. Leaf; clobbers a1, t0-t3.
    .globl utoa
    .type utoa, @function
utoa:
    mv t0, a1                   # the digits come out last first: write them, then reverse
    li t1, 10
1:  remu t2, a0, t1
    divu a0, a0, t1
    addi t2, t2, '0'
    sb t2, 0(t0)
    addi t0, t0, 1
    bnez a0, 1b
    sb zero, 0(t0)
    mv a0, t0
    addi t0, t0, -1
2:  bgeu a1, t0, 3f
    lbu t2, 0(a1)
    lbu t3, 0(t0)
    sb t3, 0(a1)
    sb t2, 0(t0)
    addi a1, a1, 1
    addi t0, t0, -1
    j 2b
3:  ret
    .size utoa, . - utoa

# atou(a0 text) -> a0: the value of text, all decimal digits, at most 2^31 - 1; or -1 if text
# is empty, holds anything else, or is larger. Leaf; clobbers t0-t3.
    .globl atou
    .type atou, @function
atou:
    lbu t0, 0(a0)
    beqz t0, 3f
    li t1, 0
    li t3, 10
1:  lbu t0, 0(a0)
    beqz t0, 2f
    addi t0, t0, -'0'
    bgeu t0, t3, 3f
    li t2, 214748364            # (2^31 - 1) / 10: more would overflow
    bgtu t1, t2, 3f
    mul t1, t1, t3
    add t1, t1, t0
    bltz t1, 3f
    addi a0, a0, 1
    j 1b
2:  mv a0, t1
    ret
3:  li a0, -1
    ret
    .size atou, . - atou
