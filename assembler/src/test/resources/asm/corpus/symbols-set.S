# Symbol values: .set, .equ, .equiv and name = expr; absolute values, addresses and
# redefinition with .set; uses before and after definition.
.set A, 5
.equ B, A + 1
C = B * 2
.equiv D, 0x100
.set A, A + 100
.text
here:
    li a0, A
    li a1, B
    li a2, C
    li a3, D
    .set E, here + 8
    .set F, . - here
    .word E, F
    .word LATER
    .set LATER, 42
    nop
.globl G
.set G, 0x1234
.data
    .word A, B, C, D
