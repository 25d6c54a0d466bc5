# Macros: positional, defaulted, named, :req and :vararg parameters, arguments separated by
# commas or blanks, quoted arguments, \@ and \(), .exitm, nesting, redefinition after .purgem.
.macro triple a, b=7, c
    .word \a
    .word \b
    .word \c
.endm
.macro pair first:req second=9
    .byte \first, \second
.endm
.macro bytes first, rest:vararg
    .byte \first
    .byte \rest
.endm
.macro unique x
lbl\@: .word \@
l\()\x: .ascii "\x"
.endm
.macro outer v
    .word \v
    inner \v + 1
.endm
.macro inner v
    .word \v
.endm
.macro early n
    .byte \n
    .exitm
    .byte 0xff
.endm
.macro push reg
    addi sp, sp, -4
    sw \reg, 0(sp)
.endm
.text
    push ra
    push s0
.data
    triple 1, 2, 3
    triple 4 5 6
    triple 8+1, , 10
    triple 1 + 2, 3
    triple c=3, a=1
    pair 1, 2
    pair 3
    bytes 1, 2, 3, 4
    unique 5
    unique 6
    outer 10
    early 7
    triple "11", 12, 13
.purgem pair
.macro pair x
    .half \x
.endm
    pair 14
