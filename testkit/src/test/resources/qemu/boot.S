# A kernel for the virt board: prints "booted" on the UART, then powers the board off by
# writing FINISH (a number given with --defsym) to the sifive_test device: 0x5555 is a pass,
# exit status 0; STATUS << 16 | 0x3333 a failure with exit status STATUS (0x33333 gives 3).
    .equ UART, 0x10000000
    .equ UART_LSR, 5
    .equ LSR_THRE, 0x20
    .equ FINISHER, 0x100000
    .text
    .globl _start
_start:
    la a1, message
    li t0, UART
1:  lbu a0, 0(a1)
    beqz a0, 3f
2:  lbu t2, UART_LSR(t0)
    andi t2, t2, LSR_THRE
    beqz t2, 2b
    sb a0, 0(t0)
    addi a1, a1, 1
    j 1b
3:  li t0, FINISHER
    li t1, FINISH
    sw t1, 0(t0)
4:  wfi
    j 4b
    .section .rodata
message:
    .asciz "booted\n"
