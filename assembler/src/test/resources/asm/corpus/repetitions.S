# .rept, .irp and .irpc, nested, with substitution inside a macro.
.data
.rept 3
    .byte 1
.endr
.rept 0
    .byte 0xff
.endr
.irp reg, 1, 2, 3
    .byte \reg
.endr
.irp empty
    .byte 4
.endr
.irpc digit, 567
    .byte \digit
.endr
.rept 2
.irp x, 8, 9
    .byte \x
.endr
.endr
.macro table n
.rept \n
    .word \n
.endr
.endm
    table 2
.text
.irp r, a0, a1, t0
    addi \r, \r, 1
.endr
