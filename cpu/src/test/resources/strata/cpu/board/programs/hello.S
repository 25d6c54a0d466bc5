# hello: the boot contract. The boot ROM enters at the RAM base in M-mode with a0 = hart id and
# a1 = the device tree's address (0x87e00000 with 128 MiB); print both and the tree's magic.
        .include "virt.inc"
        .text
        .globl _start
_start:
        mv      s0, a0
        mv      s1, a1
        la      a0, greeting
        call    puts
        la      a0, hart
        call    puts
        mv      a0, s0
        call    puthex
        la      a0, tree
        call    puts
        mv      a0, s1
        call    puthex
        la      a0, magic
        call    puts
        lbu     a0, 0(s1)               # the magic is big-endian: d0 0d fe ed
        lbu     t0, 1(s1)
        slli    a0, a0, 8
        or      a0, a0, t0
        lbu     t0, 2(s1)
        slli    a0, a0, 8
        or      a0, a0, t0
        lbu     t0, 3(s1)
        slli    a0, a0, 8
        or      a0, a0, t0
        call    puthex
        li      a0, '\n'
        call    putc
        li      a0, 0
        call    exit

        .include "lib.S"

        .section .rodata
greeting: .asciz "Hello from the virt board\n"
hart:   .asciz "hart "
tree:   .asciz ", device tree at "
magic:  .asciz ", magic "
