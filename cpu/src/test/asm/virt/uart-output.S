# The UART's transmitter and registers: bytes written to THR reach the console unchanged
# (every byte value from 0 to 255, and CR/LF as written);
# LSR says the transmitter is empty; the scratch register and LCR hold what is written; with
# LCR.DLAB set, offsets 0 and 1 are the divisor latch, and the data registers come back when
# it is cleared. What the test prints is compared with uart-output.out.
.include "virt.inc"

    CASE "text reaches the console"
    PRINT "uart-output: the quick brown fox jumps over the lazy dog"

    CASE "every byte value reaches the console unchanged"
    li a2, 0
1:
    mv a0, a2
    call putc
    addi a2, a2, 1
    li a3, 256
    bltu a2, a3, 1b
    li a0, '\n'
    call putc

    CASE "carriage returns and line feeds go out as written"
    PRINT "a line ending in CR LF\r"
    PRINT "\rstarting with CR"
    li a0, '\n'
    call putc

    CASE "LSR: the transmitter is empty once a byte is out"
    CHECK_BYTE UART_BASE + UART_LSR, UART_LSR_THRE | UART_LSR_TEMT

    CASE "the scratch register holds a byte"
    li a0, UART_BASE
    li a1, 0xa5
    sb a1, UART_SCR(a0)
    CHECK_BYTE UART_BASE + UART_SCR, 0xa5
    sb zero, UART_SCR(a0)
    CHECK_BYTE UART_BASE + UART_SCR, 0

    CASE "LCR holds the line settings"
    li a0, UART_BASE
    li a1, 0x1b
    sb a1, UART_LCR(a0)
    CHECK_BYTE UART_BASE + UART_LCR, 0x1b
    li a1, 0x03
    sb a1, UART_LCR(a0)
    CHECK_BYTE UART_BASE + UART_LCR, 0x03

    CASE "with DLAB set, offsets 0 and 1 are the divisor latch"
    li a0, UART_BASE
    li a1, 0x83
    sb a1, UART_LCR(a0)
    li a1, 0x0c
    sb a1, 0(a0)
    sb zero, 1(a0)
    CHECK_BYTE UART_BASE + 0, 0x0c
    CHECK_BYTE UART_BASE + 1, 0
    li a1, 0x03
    sb a1, UART_LCR(a0)
    CHECK_BYTE UART_BASE + UART_IER, 0
    PRINT "after the divisor latch: still printing"

    TEST_END
