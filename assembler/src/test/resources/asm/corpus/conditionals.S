# Conditional assembly: .if with expressions and label differences, .else, .elseif, nesting,
# the comparisons with zero, .ifdef/.ifndef, string tests and blank tests.
.data
start:
    .word 1
end:
.if 1
    .byte 1
.else
    .byte 0xff
.endif
.if 0
    .byte 0xff
.elseif 2 > 1
    .byte 2
.elseif 1
    .byte 0xff
.else
    .byte 0xff
.endif
.if end - start == 4
    .byte 3
.endif
.if 0
  .if 1
    .byte 0xff
  .else
    .byte 0xff
  .endif
.else
  .if 1
    .byte 4
  .endif
.endif
.ifeq 0
    .byte 5
.endif
.ifne 0
    .byte 0xff
.endif
.ifgt 1
    .byte 6
.endif
.ifge 0
    .byte 7
.endif
.iflt -1
    .byte 8
.endif
.ifle 1
    .byte 0xff
.endif
.ifdef start
    .byte 9
.endif
.ifndef nowhere
    .byte 10
.endif
.ifnotdef start
    .byte 0xff
.endif
.ifc abc, abc
    .byte 11
.endif
.ifc "a b", "a b"
    .byte 12
.endif
.ifnc abc, abd
    .byte 13
.endif
.ifeqs "x", "x"
    .byte 14
.endif
.ifnes "x", "y"
    .byte 15
.endif
.ifb
    .byte 16
.endif
.ifnb x
    .byte 17
.endif
.macro maybe value
.ifb \value
    .byte 0
.else
    .byte \value
.endif
.endm
    maybe
    maybe 18
