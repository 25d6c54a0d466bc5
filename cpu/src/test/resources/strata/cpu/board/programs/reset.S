# reset: sifive_test's 0x7777 resets the machine: the hart starts again at the boot ROM, the
# program's image is loaded again (its .data is back to its first value), and the rest of RAM
# keeps what was written there. The boot count lives in RAM outside the image.
        .include "virt.inc"
        .equ BOOTS, 0x80100000          # outside the program's image

        .text
        .globl _start
_start:
        li      s0, BOOTS
        lw      s1, 0(s0)
        addi    s1, s1, 1
        sw      s1, 0(s0)
        la      a0, boot_text
        call    puts
        mv      a0, s1
        call    puthex
        la      a0, data_text
        call    puts
        la      t0, counter
        lw      a0, 0(t0)
        addi    t1, a0, 1
        sw      t1, 0(t0)
        call    puthex
        li      a0, '\n'
        call    putc
        li      t0, 2
        bge     s1, t0, 1f
        li      t0, TEST
        li      t1, 0x7777
        sw      t1, 0(t0)
2:      j       2b
1:      li      a0, 0
        call    exit

        .include "lib.S"

        .section .rodata
boot_text:      .asciz "boot "
data_text:      .asciz ", .data counter "
        .data
counter:        .word 0x100
