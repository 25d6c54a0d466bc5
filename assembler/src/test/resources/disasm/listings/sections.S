# Several code sections, data in code, an object in code, weak and hidden symbols, common
# symbols and a function in a section of its own.
        .text
        .globl  main
        .type   main, @function
main:
        addi    sp, sp, -16
        sw      ra, 12(sp)
        call    square
        lw      ra, 12(sp)
        addi    sp, sp, 16
        ret
        .size   main, . - main

        .type   lookup, @object
lookup:
        .word   0x11111111, 0x22222222, 0x33333333, 0x44444444, 0x55555555
        .byte   1, 2, 3
        .size   lookup, . - lookup
        .align  2
after_lookup:
        nop
        .weak   weakling
weakling:
        ret
        .hidden hidden_one
        .globl  hidden_one
hidden_one:
        ret
        .protected prot_one
        .globl  prot_one
prot_one:
        .word   0
        .word   0
        .word   0
        ret

        .section .text.square, "ax", @progbits
        .globl  square
        .type   square, @function
square:
        mul     a0, a0, a0
        ret
        .size   square, . - square
        .ascii  "tail"

        .section .rodata
message:
        .asciz  "not code"

        .comm   shared, 64, 8
        .lcomm  private_buffer, 32
