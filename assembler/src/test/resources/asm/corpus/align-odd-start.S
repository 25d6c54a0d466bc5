# Mapping symbols around odd code padding at the start of a section, where the first $x names
# the architecture.
.section .text.a, "ax"
    .byte 1
    .align 3
    nop
.section .text.b, "ax"
    .align 4
    nop
.section .text.c, "ax"
    .byte 1, 2, 3
    .balign 16
    nop
    .byte 9
