# gnu: rejects
# only ours: 6, 9, 10
# Block ends with no block open, and a second .else.
.text
    nop
.endm
.endif
.else
.endr
.exitm
.elseif 1
.if 1
.else
.else
.endif
