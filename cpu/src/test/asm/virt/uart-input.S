# The UART's receiver, fed from the console (uart-input.in): a line read by polling LSR.DR
# and RBR, then a line read on the receive interrupt (IER.RDI, IIR = received data, PLIC
# source 10, machine external interrupt; a claim may find the data already read, as a driver
# must expect), each echoed changed (upper case; swapped case) so
# that the console shows what the test read; then, with everything read, no data and no
# interrupt. What it prints is compared with uart-input.out.
.include "virt.inc"

# GETC_POLLED: a0 = the next byte from the console, waiting for it by polling LSR.
# Changes t0.
.macro GETC_POLLED
    li t0, UART_BASE
.Lwait\@:
    lbu a0, UART_LSR(t0)
    andi a0, a0, UART_LSR_DR
    beqz a0, .Lwait\@
    lbu a0, UART_RBR(t0)
.endm

    CASE "a line read by polling, echoed in upper case"
1:
    GETC_POLLED
    mv s1, a0
    li t1, 'a'
    bltu a0, t1, 2f
    li t1, 'z' + 1
    bgeu a0, t1, 2f
    addi a0, a0, 'A' - 'a'
2:
    call putc
    li t1, '\n'
    bne s1, t1, 1b

    CASE "data waiting with the receive interrupt enabled: IIR says received data"
    li t0, UART_BASE
1:
    lbu t1, UART_LSR(t0)
    andi t1, t1, UART_LSR_DR
    beqz t1, 1b
    li t1, UART_IER_RDI
    sb t1, UART_IER(t0)
    CHECK_BYTE UART_BASE + UART_IIR, UART_IIR_RDI

    CASE "a line read on the receive interrupt, echoed with its case swapped"
    PLIC_QUIET
    PLIC_SOURCE 1
    PLIC_CONTEXT 0, 1, 0
    li t0, UART_BASE
    li t1, UART_IER_RDI
    sb t1, UART_IER(t0)
    MIE_SET MIP_MEIP
    li s1, 0
next_interrupt:
    ARM 2f
    csrsi mstatus, MSTATUS_MIE
1:
    wfi
    j 1b
2:
    CHECK_WORD mtrap + TRAP_CAUSE, CAUSE_INTERRUPT | IRQ_MEI
    CLAIM s2, 0
    CHECK s2, UART_IRQ
    # read what has come; there may be nothing left: the PLIC's pending bit can outlive the
    # byte that set it, when the byte came while the previous claim was being served
3:
    li t0, UART_BASE
    lbu t1, UART_LSR(t0)
    andi t1, t1, UART_LSR_DR
    beqz t1, 4f
    lbu a0, UART_RBR(t0)
    mv s1, a0
    call swap_case
    call putc
    j 3b
4:
    COMPLETE s2, 0
    li t1, '\n'
    bne s1, t1, next_interrupt
    PLIC_QUIET

    CASE "all read: LSR.DR is clear and IIR shows no interrupt"
    li t0, UART_BASE
    li t1, UART_IER_RDI
    sb t1, UART_IER(t0)
    CHECK_BYTE UART_BASE + UART_LSR, UART_LSR_THRE | UART_LSR_TEMT
    CHECK_BYTE UART_BASE + UART_IIR, UART_IIR_NO_INT
    sb zero, UART_IER(t0)

    TEST_END

# swap_case: a0 = a0 with the case of an ASCII letter swapped. Changes t1.
swap_case:
    ori t1, a0, 0x20
    addi t1, t1, -'a'
    sltiu t1, t1, 26
    beqz t1, 1f
    xori a0, a0, 0x20
1:
    ret
