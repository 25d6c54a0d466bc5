# Weak symbols: a weak definition another file overrides, one nobody overrides, and undefined
# weak references (absolute, PC-relative and a call, which GNU ld turns into jalr from x0).
    .text
    .globl _start
_start:
    call overridden
    call kept
    call missing_function
    la a0, missing_data
    lui a1, %hi(missing_data)
    ret
    .weak overridden, kept, missing_function, missing_data
overridden:
    li a0, 1
    ret
kept:
    li a0, 2
    ret
    .data
    .word missing_data, overridden, kept
