# With .option relax still on at the end, GNU pads the end of a code section with zeros, not
# nops, and marks none of it as data.
.text
    .p2align 3
    nop
    .byte 1
.section .text.other, "ax"
    .p2align 4
    la a0, sym
    .byte 2
.option relax
