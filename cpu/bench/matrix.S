# matrix: CPU-bound benchmark. ROUNDS times: C = A x B for 64 x 64 matrices of 32-bit integers
# (wrapping), then A = C; prints the sum of the last C. Seven instructions a multiply-add, about
# 230 million in all.
        .include "../src/test/resources/strata/cpu/board/programs/virt.inc"
        .equ N, 64
        .equ ROUNDS, 120

        .text
        .globl _start
_start:
        la      s0, a                   # A and B from a linear congruential sequence
        li      t0, 2 * N * N * 4
        add     t2, s0, t0
        li      t0, 7
        li      t1, 1664525             # the multiplier and increment of Numerical Recipes
        li      a1, 1013904223
1:      mul     t0, t0, t1
        add     t0, t0, a1
        srli    a0, t0, 20
        sw      a0, 0(s0)
        addi    s0, s0, 4
        bne     s0, t2, 1b

        li      s5, ROUNDS
round:
        la      s0, a                   # s0: row i of A
        la      s2, c                   # s2: C[i][j]
        li      s6, N                   # rows left
row:
        la      s1, b                   # s1: column j of B
        li      s7, N                   # columns left
column:
        mv      t0, s0
        mv      t1, s1
        li      a0, 0
        li      t2, N * 4
        add     t2, t0, t2              # t2: end of row i
2:      lw      a1, 0(t0)               # the dot product, seven instructions a step
        lw      a2, 0(t1)
        mul     a1, a1, a2
        add     a0, a0, a1
        addi    t0, t0, 4
        addi    t1, t1, N * 4
        bne     t0, t2, 2b
        sw      a0, 0(s2)
        addi    s2, s2, 4
        addi    s1, s1, 4
        addi    s7, s7, -1
        bnez    s7, column
        addi    s0, s0, N * 4
        addi    s6, s6, -1
        bnez    s6, row
        la      t0, c                   # A = C for the next round
        la      t1, a
        li      t2, N * N
3:      lw      a0, 0(t0)
        sw      a0, 0(t1)
        addi    t0, t0, 4
        addi    t1, t1, 4
        addi    t2, t2, -1
        bnez    t2, 3b
        addi    s5, s5, -1
        bnez    s5, round

        la      t0, c                   # the sum of C
        li      t2, N * N
        li      s3, 0
4:      lw      a0, 0(t0)
        add     s3, s3, a0
        addi    t0, t0, 4
        addi    t2, t2, -1
        bnez    t2, 4b
        la      a0, result
        mv      a1, s3
        call    report
        li      a0, 0
        call    exit

        .include "../src/test/resources/strata/cpu/board/programs/lib.S"

        .section .rodata
result: .asciz "matrix: sum "
        .bss
        .align  4
a:      .space  N * N * 4
b:      .space  N * N * 4
c:      .space  N * N * 4
