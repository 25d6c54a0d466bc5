# lib.S: console output and power-off for the board programs; included at the end of a program.
# Arguments come in a0 and a1; each routine names the registers it clobbers; none uses the stack.

# putc: send the byte in a0 to the UART once it can take one.
putc:
        li      t0, UART
1:      lbu     t1, UART_LSR(t0)
        andi    t1, t1, LSR_THRE
        beqz    t1, 1b
        sb      a0, UART_THR(t0)
        ret

# puts: send the NUL-terminated string at a0. Clobbers a0, t0-t2.
puts:
        mv      t2, a0
        li      t0, UART
1:      lbu     a0, 0(t2)
        beqz    a0, 3f
2:      lbu     t1, UART_LSR(t0)
        andi    t1, t1, LSR_THRE
        beqz    t1, 2b
        sb      a0, UART_THR(t0)
        addi    t2, t2, 1
        j       1b
3:      ret

# puthex: send a0 as 0x and eight hex digits. Clobbers a0, a1, t0-t2.
puthex:
        mv      a1, a0
        li      t0, UART
        li      t2, 10                  # 10 characters: "0x" then 8 digits
1:      li      a0, '0'
        li      t1, 10
        beq     t2, t1, 3f
        li      a0, 'x'
        li      t1, 9
        beq     t2, t1, 3f
        srli    a0, a1, 28
        slli    a1, a1, 4
        addi    a0, a0, '0'
        li      t1, '9'
        ble     a0, t1, 3f
        addi    a0, a0, 'a' - '9' - 1
3:      lbu     t1, UART_LSR(t0)
        andi    t1, t1, LSR_THRE
        beqz    t1, 3b
        sb      a0, UART_THR(t0)
        addi    t2, t2, -1
        bnez    t2, 1b
        ret

# report: send the string at a0, then a1 as puthex does, then a newline. Clobbers a0-a3, t0-t2.
report:
        mv      a2, ra
        mv      a3, a1
        call    puts
        mv      a0, a3
        call    puthex
        li      a0, '\n'
        call    putc
        mv      ra, a2
        ret

# exit: power off with status a0 (0: pass). Does not return.
exit:
        li      t0, TEST
        li      t1, TEST_PASS
        beqz    a0, 1f
        slli    t1, a0, 16
        li      t2, TEST_FAIL
        or      t1, t1, t2
1:      sw      t1, 0(t0)
2:      wfi
        j       2b

        .section .bss
        .align  2
trap_frame:                             # TRAP_ENTER's save area: ra, t1, t2, a0, a1, s0-s2, t0
        .space  36
        .text
