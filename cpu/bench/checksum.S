# checksum: CPU-bound benchmark. CRC-32 (the IEEE polynomial, table-driven, the value zlib's
# crc32 gives) of a 64 KiB buffer of pseudo-random bytes, ROUNDS times, each round's CRC the seed
# of the next; prints the last. About ten instructions a byte, 260 million in all.
        .include "../src/test/resources/strata/cpu/board/programs/virt.inc"
        .equ SIZE, 65536
        .equ ROUNDS, 400
        .equ POLYNOMIAL, 0xedb88320

        .text
        .globl _start
_start:
        la      s0, table               # table[n] = CRC of the byte n
        li      s1, 0
        li      s2, POLYNOMIAL
1:      mv      t0, s1
        li      t1, 8
2:      andi    t2, t0, 1
        srli    t0, t0, 1
        beqz    t2, 3f
        xor     t0, t0, s2
3:      addi    t1, t1, -1
        bnez    t1, 2b
        slli    t2, s1, 2
        add     t2, s0, t2
        sw      t0, 0(t2)
        addi    s1, s1, 1
        li      t1, 256
        blt     s1, t1, 1b

        la      s1, buffer              # buffer[i] = bits 23:16 of a linear congruential sequence
        li      t0, SIZE
        add     s2, s1, t0              # s2: end of the buffer
        li      t0, 12345
        li      t1, 1664525             # the multiplier and increment of Numerical Recipes
        li      a1, 1013904223
        mv      t2, s1
4:      mul     t0, t0, t1
        add     t0, t0, a1
        srli    a0, t0, 16
        sb      a0, 0(t2)
        addi    t2, t2, 1
        bne     t2, s2, 4b

        li      s3, 0                   # s3: the CRC so far
        li      s4, ROUNDS
5:      not     a0, s3
        mv      t2, s1
6:      lbu     t0, 0(t2)               # crc = table[(crc ^ byte) & 0xff] ^ (crc >> 8)
        xor     t0, t0, a0
        andi    t0, t0, 0xff
        slli    t0, t0, 2
        add     t0, s0, t0
        lw      t0, 0(t0)
        srli    a0, a0, 8
        xor     a0, a0, t0
        addi    t2, t2, 1
        bne     t2, s2, 6b
        not     s3, a0
        addi    s4, s4, -1
        bnez    s4, 5b

        la      a0, result
        mv      a1, s3
        call    report
        li      a0, 0
        call    exit

        .include "../src/test/resources/strata/cpu/board/programs/lib.S"

        .section .rodata
result: .asciz "checksum: crc32 "
        .bss
        .align  2
table:  .space  1024
buffer: .space  SIZE
