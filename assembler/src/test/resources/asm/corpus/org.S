# .org: forward to an offset in the section or to a label plus a number, filled with the low
# byte of the fill (0 by default, 0 after an empty fill); counted from the start of the section
# across subsections; shrinking as a branch before it grows; no mapping symbol on the padding in
# code; in .bss only the size counts (GNU warns about a fill there).
.data
    .word 1
    .org 8
    .word 2
    .org 16, 0xaa
    .org 20, 0x1234
mark:
    .word 3
    .org mark + 12
    .org ., 5
    .org . + 2, 7
    .org 34,
.data 1
    .word 9
    .org mark + 40
.data 0
    .word 10
.text
start:
    nop
    .word 5
    .org 12
    nop
    beq a0, a1, here
    .org 24
here:
    nop
    beq a0, a1, far
    .org 40
    nop
    .org 47
.bss
    .word 0
    .org 16
