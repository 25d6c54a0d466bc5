# Data in code: the mapping symbols $x and $d, items of every size, labels inside data and
# inside instructions (out of bounds), runs of zeros, and instruction lengths beyond 32 bits.
# Stripped of its symbols, the executable shows all of it decoded as instructions.
# ld: -Ttext=0x80000000 -e 0x80000000
# strip
        .text
        .globl  start
start:
        nop
        .byte   0x11
        .half   0x2233
        .word   0x44556677
        .byte   0x88, 0x99, 0xaa
        .half   0x0513
inside:
        .half   0x0000
        nop
        .word   0xcafef00d
        .byte   0x55
split:
        .byte   0x66, 0x77, 0x88
zeros:
        .word   0, 0
        addi    a0, a0, 1
        .word   0, 0, 0
        .byte   0, 0, 0, 0, 0
        nop
        .word   0
        .byte   0, 0, 0
        .insn   0x0000000b
        .insn   0xfff50513
        .insn   6, 0x00010000001f
        .insn   8, 0x333322221111003f
        .half   0x001f, 0x0000, 0x0001
        .half   0x003f, 0x1111, 0x2222, 0x3333
        .half   0x107f, 0x1111, 0x2222, 0x3333, 0x4444, 0x5555
        .half   0x707f
tail:
        nop
        .byte   0, 0
