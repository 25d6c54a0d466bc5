# gnu: rejects
# A .macro with no .endm swallows the rest of the file.
.text
    nop
.macro forever a
    .word \a
    nop
