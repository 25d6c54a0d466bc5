# gnu: rejects
# Macro calls with missing or extra arguments, a bad parameter qualifier, a macro defined twice,
# and an error inside an expansion, reported at the body line with where it was called from.
.macro need a:req, b
    .word \a
.endm
.macro bad x:sometimes
.endm
.macro need c
.endm
.macro broken v
    addi a0, a0, \v
.endm
.data
    need
    need 1, 2, 3
.text
    broken 1
    broken 5000
