# A linked bare-metal program (examples/hello.S as it was first written): '# address'
# comments of la/call sequences, absolute symbols, a function symbol with a size.
# ld: -Ttext=0x80000000

        .equ UART_BASE, 0x10000000      # 16550 transmit holding register at offset 0
        .equ UART_LSR, 5                # line status register
        .equ LSR_THRE, 0x20             # transmit holding register empty
        .equ TEST_BASE, 0x100000        # sifive_test finisher
        .equ TEST_PASS, 0x5555          # power off, status 0

        .section .text
        .globl _start
_start:
        la      a0, greeting
        call    puts
        li      t0, TEST_BASE
        li      t1, TEST_PASS
        sw      t1, 0(t0)
1:      wfi                             # not reached: the write above powers off
        j       1b

# puts: write the NUL-terminated string at a0 to the UART.
#   a0: address of the string. Clobbers a0, t0-t2.
        .type   puts, @function
puts:
        li      t0, UART_BASE
1:      lbu     t1, 0(a0)
        beqz    t1, 3f
2:      lbu     t2, UART_LSR(t0)        # wait until the UART can take a byte
        andi    t2, t2, LSR_THRE
        beqz    t2, 2b
        sb      t1, 0(t0)
        addi    a0, a0, 1
        j       1b
3:      ret
        .size   puts, . - puts

        .section .rodata
greeting:
        .asciz  "Hello from Strata's RV32 machine!\n"
