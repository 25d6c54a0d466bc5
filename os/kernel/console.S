# console.S: the kernel's console on the UART, by polling.
#
# Output waits for the transmitter (LSR.THRE) and sends each byte; a newline goes out as CR LF,
# as Linux's console sends it, so that a terminal in raw mode (QEMU -nographic) shows lines.
# Input is taken only when a byte is already waiting (LSR.DR): console_read never waits.
# kprintf is the kernel's one formatting routine. No routine here but console_file_read sleeps
# or allocates; they work before and after paging (the UART is mapped at its own address in
# every address space) and in M-mode. console_file_read and console_file_write are the
# console's side of read and write on its descriptors (file.S).

    .include "machine.inc"
    .include "errno.inc"
    .include "kernel-layout.inc"
    .include "ext2.inc"
    .include "fd.inc"

    .section .text
# kputc: a0 = a byte to send. Clobbers t0, t1.
    .globl kputc
kputc:
    li t0, UART_BASE
    li t1, ASCII_LF
    bne a0, t1, 2f
1:  lbu t1, UART_LSR(t0)
    andi t1, t1, UART_LSR_THRE
    beqz t1, 1b
    li t1, ASCII_CR
    sb t1, UART_THR(t0)
2:  lbu t1, UART_LSR(t0)
    andi t1, t1, UART_LSR_THRE
    beqz t1, 2b
    sb a0, UART_THR(t0)
    ret

# kputs: a0 = a NUL-terminated string to send. Clobbers a0, a2, t0..t2.
    .globl kputs
kputs:
    mv t2, a0
    mv a2, ra
1:  lbu a0, 0(t2)
    beqz a0, 2f
    call kputc
    addi t2, t2, 1
    j 1b
2:  mv ra, a2
    ret

# console_write: a0 = bytes, a1 = their number. Sends them all. Clobbers a0..a2, t0..t3.
    .globl console_write
console_write:
    mv t2, a0
    add t3, a0, a1
    mv a2, ra
1:  bgeu t2, t3, 2f
    lbu a0, 0(t2)
    call kputc
    addi t2, t2, 1
    j 1b
2:  mv ra, a2
    ret

# console_read: a0 = a buffer, a1 = its size (at least 1). Takes the bytes the UART already
# holds, up to a1, without waiting. Returns a0 = how many (0 when none came). Clobbers t0..t3.
    .globl console_read
console_read:
    li t0, UART_BASE
    mv t2, a0
    add t3, a0, a1
1:  bgeu t2, t3, 2f
    lbu t1, UART_LSR(t0)
    andi t1, t1, UART_LSR_DR
    beqz t1, 2f
    lbu t1, UART_RBR(t0)
    sb t1, 0(t2)
    addi t2, t2, 1
    j 1b
2:  sub a0, t2, a0
    ret

# console_file_read: file.S's read piece for the console: a0 = the description, a1 = a kernel
# buffer, a2 = its size (at least 1), a3 = the bytes this read has returned so far. Takes what
# the UART holds; when nothing has come and the read has nothing yet, sleeps from tick to tick
# (the hart runs others, or idles) until a byte comes. Returns a0 = the bytes taken. May sleep.
# Clobbers the caller-saved registers.
    .globl console_file_read
console_file_read:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    mv s0, a1
    mv s1, a2
    mv s2, a3
1:  mv a0, s0
    mv a1, s1
    call console_read
    bnez a0, 2f
    bnez s2, 2f
    call sleep_tick
    j 1b
2:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret

# console_file_write: file.S's write piece for the console: a0 = the description, a1 = kernel
# bytes, a2 = their number. Sends them all. Returns a0 = a2. Clobbers a0..a2, t0..t3.
    .globl console_file_write
console_file_write:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw a2, 8(sp)
    mv a0, a1
    mv a1, a2
    call console_write
    lw ra, 12(sp)
    lw a0, 8(sp)
    addi sp, sp, 16
    ret

# kput_dec: a0 = an unsigned number, sent in decimal. Clobbers a0, a2, t0..t3.
    .equ DEC_DIGITS, 12
kput_dec:
    addi sp, sp, -16
    sw ra, 12(sp)
    mv t2, a0
    addi t3, sp, DEC_DIGITS - 1     # digits are written backwards from here; 10 at most
    sb zero, 0(t3)
1:  li t0, 10
    remu t1, t2, t0
    divu t2, t2, t0
    addi t1, t1, '0'
    addi t3, t3, -1
    sb t1, 0(t3)
    bnez t2, 1b
    mv a0, t3
    call kputs
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# kput_hex: a0 = a number, sent as eight hexadecimal digits. Clobbers a0, a3, t0..t3.
kput_hex:
    mv t2, a0
    mv t3, ra
    li a3, 28
1:  srl a0, t2, a3
    andi a0, a0, 15
    li t0, 10
    blt a0, t0, 2f
    addi a0, a0, 'a' - '0' - 10
2:  addi a0, a0, '0'
    call kputc
    addi a3, a3, -4
    bgez a3, 1b
    mv ra, t3
    ret

# kprintf: a0 = a format, a1..a7 = the values it takes, in order. Sends the format with
#   %s  a NUL-terminated string      %u  an unsigned number in decimal
#   %x  eight hexadecimal digits     %c  one byte            %%  a percent sign
# (any other letter after % also takes a value and sends it as a byte, as %c).
# Clobbers the caller-saved registers.
    .equ PF_ARGS, 0                 # a1..a7, in order
    .equ PF_S0, 28
    .equ PF_S1, 32
    .equ PF_RA, 36
    .equ PF_SIZE, 48
    .globl kprintf
kprintf:
    addi sp, sp, -PF_SIZE
    sw ra, PF_RA(sp)
    sw s0, PF_S0(sp)
    sw s1, PF_S1(sp)
    sw a1, PF_ARGS + 0(sp)
    sw a2, PF_ARGS + 4(sp)
    sw a3, PF_ARGS + 8(sp)
    sw a4, PF_ARGS + 12(sp)
    sw a5, PF_ARGS + 16(sp)
    sw a6, PF_ARGS + 20(sp)
    sw a7, PF_ARGS + 24(sp)
    mv s0, a0                       # s0: the format
    addi s1, sp, PF_ARGS            # s1: the next value
next_char:
    lbu a0, 0(s0)
    beqz a0, printed
    addi s0, s0, 1
    li t0, '%'
    bne a0, t0, plain
    lbu t0, 0(s0)
    addi s0, s0, 1
    li t1, '%'
    beq t0, t1, plain               # a0 is '%'
    lw a0, 0(s1)
    addi s1, s1, 4
    li t1, 's'
    beq t0, t1, string
    li t1, 'u'
    beq t0, t1, decimal
    li t1, 'x'
    beq t0, t1, hex
plain:
    call kputc
    j next_char
string:
    call kputs
    j next_char
decimal:
    call kput_dec
    j next_char
hex:
    call kput_hex
    j next_char
printed:
    lw ra, PF_RA(sp)
    lw s0, PF_S0(sp)
    lw s1, PF_S1(sp)
    addi sp, sp, PF_SIZE
    ret

# ioctl(fd, request, arg): the console answers TCGETS (its struct termios, 36 bytes: what it
# does now: output post-processing with NL to CR NL, 115200 baud 8N1 as Linux sets a serial
# console up, the control characters Linux starts with, and no input processing: no echo, no
# canonical lines, no signals, until the line discipline comes) and TIOCGWINSZ (80 columns,
# 24 rows). Another request on the console, or any on another file: -ENOTTY. fd not open: -EBADF; arg not
# writable: -EFAULT.
    .equ TCGETS,        0x5401
    .equ TIOCGWINSZ,    0x5413
    .equ TERMIOS_SIZE,  36
    .equ WINSIZE_SIZE,  8
    .globl sys_ioctl
sys_ioctl:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s0, a1                           # s0: the request
    mv s1, a2                           # s1: arg
    call fd_lookup
    li t0, -EBADF
    beqz a0, 2f
    lw t1, OF_TYPE(a0)
    li t2, FT_CONSOLE
    li t0, -ENOTTY
    bne t1, t2, 2f
    la a2, console_termios
    li a3, TERMIOS_SIZE
    li t1, TCGETS
    beq s0, t1, 1f
    la a2, console_winsize
    li a3, WINSIZE_SIZE
    li t1, TIOCGWINSZ
    bne s0, t1, 2f
1:  CURRENT t0
    lw a0, P_ROOT(t0)
    mv a1, s1
    call copy_out
    mv t0, a0
2:  mv a0, t0
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret

    .section .rodata
    .balign 4
console_termios:                        # struct termios (asm-generic/termbits.h)
    .word 0                             # c_iflag
    .word 0x5                           # c_oflag: OPOST | ONLCR
    .word 0x1cb2                        # c_cflag: B115200 | CS8 | CREAD | HUPCL | CLOCAL
    .word 0                             # c_lflag
    .byte 0                             # c_line
    .byte 3, 034, 0177, 025, 4, 0, 1, 0, 021, 023, 032, 0, 022, 017, 027, 026, 0, 0, 0  # c_cc: INIT_C_CC
console_winsize:                        # struct winsize
    .half 24, 80, 0, 0                  # ws_row, ws_col, ws_xpixel, ws_ypixel
