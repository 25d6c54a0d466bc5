# Expressions: every operator, GNU precedence (comparisons below + and -, logical below them),
# signed division, logical right shift, comparisons giving -1, and the location counter.
.data
    .word 1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 7 / 2, -7 / 2, 7 % 3, -7 % 3
    .word 1 << 4, 256 >> 4, 0xfffffff0 >> 28, 0x0f | 0xf0, 0xff & 0x0f, 0xff ^ 0x0f, 0x10 ! 1
    .word 3 == 1 + 2, 3 != 3, 3 <> 4, 1 < 2, 2 > 1, 2 <= 2, 3 >= 4
    .word 1 && 2, 0 && 1, 0 || 0, 0 || 5
    .word -5, ~0, !0, !7, +3, - - 4, ~~1
    .word 1 | 2 & 0, 2 * 3 << 1, 8 >> 1 + 1
    .dword -16 >> 2, 0x8000000000000000 >> 63
    .word 'A + 1, 0x10 * 'B
here:
    .word . - here, here - .
    .equ A, 10
    .equ B, A * 2 + 1
    .word A, B, B - A, (A + B) / 3
