# Alignment in data: zero padding, a fill byte, a maximum skip, and the section's alignment.
.data
    .byte 1
    .align 2
    .byte 2
    .balign 8, 0xaa
    .byte 3
    .p2align 3, 0x11, 2
    .byte 4
    .p2align 4, 0x22, 15
    .byte 5
.bss
    .byte 0
    .balign 32
    .zero 1
