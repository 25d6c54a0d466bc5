# Mapping symbols: $x at code after data, $d at data after code in a code section, and the
# first $x of each code section naming the architecture; data sections have none.
.text
    nop
    .ascii "ab"
    nop
    .space 3
    nop
    .fill 2, 1, 7
    nop
    .zero 1
    nop
    .string "x"
    nop
    .fill 0
    nop
    .half 1
    .byte 2
    nop
.data
    .word 1
    nop
.section .text.second, "ax"
    .word 5
    nop
