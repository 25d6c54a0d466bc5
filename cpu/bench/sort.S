# sort: CPU-bound benchmark. ROUNDS times: fill 65,536 words with a linear congruential
# sequence, quicksort them (Hoare partition, middle pivot, recursive), check the order, and fold
# the median into a checksum; prints the checksum. About 170 million instructions.
        .include "../src/test/resources/strata/cpu/board/programs/virt.inc"
        .equ COUNT, 65536
        .equ ROUNDS, 20

        .text
        .globl _start
_start:
        la      sp, stack_top
        la      s0, array
        li      t0, COUNT * 4
        add     s1, s0, t0              # s1: end of the array
        li      s2, 1                   # s2: the sequence
        li      s3, 0                   # s3: the checksum
        li      s4, ROUNDS
round:
        li      t1, 1664525             # the multiplier and increment of Numerical Recipes
        li      a1, 1013904223
        mv      t2, s0
1:      mul     s2, s2, t1
        add     s2, s2, a1
        sw      s2, 0(t2)
        addi    t2, t2, 4
        bne     t2, s1, 1b
        mv      a0, s0
        addi    a1, s1, -4
        call    quicksort
        mv      t2, s0                  # every word at most the next, unsigned
        addi    t1, s1, -4
2:      lw      t0, 0(t2)
        lw      a0, 4(t2)
        bltu    a0, t0, unsorted
        addi    t2, t2, 4
        bne     t2, t1, 2b
        li      t0, COUNT / 2 * 4       # checksum = checksum * 31 + median
        add     t0, s0, t0
        lw      t0, 0(t0)
        slli    t1, s3, 5
        sub     s3, t1, s3
        add     s3, s3, t0
        addi    s4, s4, -1
        bnez    s4, round
        la      a0, result
        mv      a1, s3
        call    report
        li      a0, 0
        call    exit
unsorted:
        la      a0, failed
        call    puts
        li      a0, 1
        call    exit

# quicksort: sort the words from a0 to a1 (both included, a0 <= a1 + 4) in unsigned order.
# Clobbers a0-a5, t0.
quicksort:
        bgeu    a0, a1, 9f
        addi    sp, sp, -12
        sw      ra, 0(sp)
        sw      a1, 4(sp)
        sub     t0, a1, a0              # pivot: the middle word
        srli    t0, t0, 3
        slli    t0, t0, 2
        add     t0, a0, t0
        lw      a2, 0(t0)
        addi    a3, a0, -4              # a3: i
        addi    a4, a1, 4               # a4: j
1:      addi    a3, a3, 4
        lw      a5, 0(a3)
        bltu    a5, a2, 1b
2:      addi    a4, a4, -4
        lw      t0, 0(a4)
        bltu    a2, t0, 2b
        bgeu    a3, a4, 3f
        sw      t0, 0(a3)
        sw      a5, 0(a4)
        j       1b
3:      sw      a4, 8(sp)
        mv      a1, a4
        call    quicksort               # the low part: a0 .. j
        lw      a0, 8(sp)
        addi    a0, a0, 4
        lw      a1, 4(sp)
        call    quicksort               # the high part: j + 1 .. a1
        lw      ra, 0(sp)
        addi    sp, sp, 12
9:      ret

        .include "../src/test/resources/strata/cpu/board/programs/lib.S"

        .section .rodata
result: .asciz "sort: checksum "
failed: .asciz "sort: not in order\n"
        .bss
        .align  4
array:  .space  COUNT * 4
        .space  16384
stack_top:
