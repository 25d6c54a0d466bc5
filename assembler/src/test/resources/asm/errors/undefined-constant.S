# gnu: rejects
# Places that need a number now: an instruction immediate, li, .space, .if, .rept; a symbol that
# is not defined yet, or an address, is not one.
.text
    li a0, nowhere
    addi a0, a0, later
    .space nowhere
.if nowhere
.endif
.rept later
.endr
    li a1, start
    .set later, 4
start:
    addi a0, a0, later
