# Alignment in code: nops, a zero byte and a c.nop for odd or half padding (as GNU pads even
# without the C extension), no padding for alignments of 4 or less, a fill byte or a maximum
# skip when given, and the end of the section padded to its alignment.
.text
    nop
    .align 3
    nop
    .byte 1
    .p2align 2
    nop
    .balign 16, 0xff
    nop
    .byte 1, 2
    .balign 8
    .p2align 4,,3
    nop
    .byte 3
    .p2align 5
    .p2align 1
    .p2align 0
    .balign 1
    nop
    .byte 4
