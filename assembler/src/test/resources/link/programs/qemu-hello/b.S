    .equ UART_BASE, 0x10000000
    .equ UART_LSR, 5
    .equ LSR_THRE, 0x20
    .text
    .globl print, put
# print: write the NUL-terminated string at a0. Clobbers a0, a1, t0, t1.
print:
    mv a1, a0
    mv t1, ra
1:  lbu a0, 0(a1)
    beqz a0, 2f
    call put
    addi a1, a1, 1
    j 1b
2:  jr t1
# put: write the byte a0 to the UART once it can take it. Clobbers t0, t2.
put:
    li t0, UART_BASE
1:  lbu t2, UART_LSR(t0)
    andi t2, t2, LSR_THRE
    beqz t2, 1b
    sb a0, 0(t0)
    ret
