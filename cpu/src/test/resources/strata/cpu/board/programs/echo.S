# echo: read the console by polling the UART's line status, and send every byte back in upper
# case, until an end-of-transmission byte (Ctrl-D) comes.
        .include "virt.inc"
        .equ EOT, 4

        .text
        .globl _start
_start:
        li      s0, UART
loop:
        lbu     t0, UART_LSR(s0)
        andi    t0, t0, LSR_DR
        beqz    t0, loop
        lbu     a0, UART_RBR(s0)
        li      t0, EOT
        beq     a0, t0, done
        call    upper
        call    putc
        j       loop
done:
        la      a0, bye
        call    puts
        li      a0, 0
        call    exit

# upper: a0 in upper case if it is a lower-case letter.
upper:
        li      t0, 'a'
        blt     a0, t0, 1f
        li      t0, 'z'
        bgt     a0, t0, 1f
        addi    a0, a0, 'A' - 'a'
1:      ret

        .include "lib.S"

        .section .rodata
bye:    .asciz "bye\n"
