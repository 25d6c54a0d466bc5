# Sections: the standard three with subsections, .section with and without flags and types,
# names that imply a type, .pushsection/.popsection and .previous.
.text
    nop
.data
    .word 1
.bss
    .zero 4
.section .rodata
    .byte 1
.section .rodata.str, "aMS", @progbits, 1
    .asciz "merge me"
.section .text.startup
    nop
.section .data.rel.ro
    .word 2
.section .bss.big
    .zero 64
.section .tdata, "awT", @progbits
    .word 3
.section .tbss, "awT", @nobits
    .zero 4
.section .init_array, "aw", @init_array
    .word 0
.section .fini_array, "aw", %fini_array
    .word 0
.section .preinit_array, "aw", "preinit_array"
    .word 0
.section .note.strata, "", @note
    .word 4, 0, 1
    .asciz "abc"
.section .note.GNU-stack, "", @progbits
.section ".quoted.name", "a"
    .byte 5
.section .mycode, "ax"
    addi a0, a0, 1
.section .mydata, "aw"
    .byte 6
.section .mybss, "aw", @nobits
    .zero 2
.section .plain
    .byte 7
.text 1
    addi a1, a1, 1
.text 0
    addi a2, a2, 2
.data 2
    .byte 8
.data
    .byte 9
.pushsection .rodata
    .byte 10
.pushsection .data
    .byte 11
.popsection
    .byte 12
.popsection
    nop
.section .rodata
.previous
    nop
.previous
    .byte 13
