# console.S: the kernel's console on the UART: output polled, input by interrupt.
#
# Output waits for the transmitter (LSR.THRE) and sends each byte; a newline goes out as CR LF,
# as Linux's console sends it, so that a terminal in raw mode (QEMU -nographic) shows lines.
# Input comes by the UART's receive interrupt (console_interrupt, called by plic.S) into a
# type-ahead ring, and from there through the line discipline below, which readers sleep on.
# kprintf is the kernel's one formatting routine. No routine here but console_file_read sleeps
# or allocates; the output routines work before and after paging and in M-mode (they reach the
# UART at console_uart, vm.S: its physical address or its device window page).
# console_file_read and console_file_write are the console's side of read and write on its
# descriptors (file.S).

    .include "machine.inc"
    .include "errno.inc"
    .include "kernel-layout.inc"
    .include "ext2.inc"
    .include "fd.inc"

    .section .text
# kputc: a0 = a byte to send. Clobbers t0, t1.
    .globl kputc
kputc:
    la t0, console_uart
    lw t0, 0(t0)
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

# The line discipline, canonical as Linux's n_tty starts, runs over the type-ahead when a program
# reads: bytes are echoed and gathered into a line (CR arrives as LF, as ICRNL turns it); DEL or
# BS erases the last byte (echoed as BS, space, BS); ^D hands out the line so far without a
# newline, and at the start of a line is the end of the file (a read returns 0). A line longer
# than LINE_MAX - 1 bytes loses the bytes past it, as n_tty drops them.
#
# The receiver is armed (IER.RX) from plic_init on, so a byte is taken from the UART as it comes,
# whether or not a program reads the console: console_interrupt puts it, unechoed, in the
# type-ahead ring. ^C alone acts at once, as n_tty's ISIG: it throws away the type-ahead and the
# line (typed or complete, and a pending ^D), is echoed as ^C and a newline, and sends SIGINT to
# the console's processes (signal_console_processes), so that a program that never reads the
# console (one spinning) still gets it. The other bytes wait in the ring until a reader runs the
# line discipline over them (console_discipline: in console_file_read before it sleeps, and in
# console_interrupt while a reader sleeps), so the echo of typed-ahead input comes when a program
# reads it, as on Linux with the same bytes typed ahead, on Strata and on QEMU alike. A full ring
# disarms the receiver (as n_tty throttles its driver) until the line discipline makes room: the
# bytes past it wait in the UART and the terminal behind it, none is lost, and a ^C among them
# acts only then. Output is still polled: kputc waits for THRE.
    .equ LINE_MAX,      256             # a line's bytes, the newline included
    .equ TYPEAHEAD_MAX, 256             # the ring's bytes; a power of two
    .equ CTRL_C,        3
    .equ CTRL_D,        4
    .equ ASCII_BS,      8
    .equ ASCII_DEL,     0x7f

# console_interrupt: the UART's interrupt (PLIC source UART_IRQ, plic.S). Takes every byte the
# UART holds into the type-ahead, but ^C, which acts at once (above), until the UART holds no
# more or the ring is full (then it disarms the receiver). With a reader asleep it then runs the
# line discipline (console_discipline) and wakes the readers (channel: line) when a line or the
# end of the file is complete; ^C wakes them too. Never sleeps; for the interrupt path only, with
# interrupts off. Clobbers the caller-saved registers.
    .globl console_interrupt
console_interrupt:
    addi sp, sp, -16
    sw ra, 12(sp)
ci_next:
    la t0, console_uart
    lw t0, 0(t0)
    la t2, typeahead_count
    lw t1, 0(t2)                        # t1: the bytes in the ring
    li t3, TYPEAHEAD_MAX
    bgeu t1, t3, ci_throttle
    lbu t3, UART_LSR(t0)
    andi t3, t3, UART_LSR_DR
    beqz t3, ci_taken
    lbu a0, UART_RBR(t0)                # a0: the byte
    li t3, CTRL_C
    beq a0, t3, ci_interrupt
    la t3, typeahead_first
    lw t3, 0(t3)
    add t3, t3, t1
    andi t3, t3, TYPEAHEAD_MAX - 1
    la t4, typeahead
    add t4, t4, t3
    sb a0, 0(t4)
    addi t1, t1, 1
    sw t1, 0(t2)
    j ci_next
ci_throttle:
    sb zero, UART_IER(t0)               # armed again by console_discipline, with room made
    j ci_taken
ci_interrupt:
    sw zero, 0(t2)                      # the type-ahead, the line and a ^D: thrown away
    la t0, line_length
    sw zero, 0(t0)
    la t0, line_ready
    sw zero, 0(t0)
    la t0, line_eof
    sw zero, 0(t0)
    la a0, interrupt_echo
    call kputs
    li a0, SIGINT
    call signal_console_processes       # every process but init (signal.S); a reader among
    la a0, line                         # them wakes with it pending and ends its read; the
    call wakeup                         # others find no line and sleep again
    j ci_next
ci_taken:
    la t0, line_readers
    lw t0, 0(t0)
    beqz t0, ci_done
    call console_discipline
    beqz a0, ci_done
    la a0, line
    call wakeup
ci_done:
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# console_discipline: runs the type-ahead's bytes, in order, through the line discipline until
# the ring is empty or a line (or the end of the file) is complete; then, with room in the ring,
# arms the receiver (a full ring had disarmed it). Returns a0 = 1 when a line or the end of the
# file waits for its reader, else 0. Never sleeps; with interrupts off.
# Clobbers the caller-saved registers.
console_discipline:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
cd_next:
    la t0, line_ready                   # a line or the end waits for its reader: no more now
    lw t1, 0(t0)
    la t0, line_eof
    lw t2, 0(t0)
    or t1, t1, t2
    bnez t1, cd_done
    la t0, typeahead_count
    lw t1, 0(t0)
    beqz t1, cd_done
    addi t1, t1, -1
    sw t1, 0(t0)
    la t0, typeahead_first
    lw t1, 0(t0)
    la t2, typeahead
    add t2, t2, t1
    lbu s0, 0(t2)                       # s0: the byte
    addi t1, t1, 1
    andi t1, t1, TYPEAHEAD_MAX - 1
    sw t1, 0(t0)
    la t2, line_length
    lw t1, 0(t2)                        # t1: the line's length
    li t0, ASCII_CR
    bne s0, t0, 2f
    li s0, ASCII_LF
2:  li t0, ASCII_DEL
    beq s0, t0, cd_erase
    li t0, ASCII_BS
    beq s0, t0, cd_erase
    li t0, CTRL_D
    beq s0, t0, cd_end_of_file
    li t0, LINE_MAX - 1                 # the last place is kept for the newline
    li t3, ASCII_LF
    beq s0, t3, 3f
    bgeu t1, t0, cd_next                # full: the byte is dropped, as n_tty does
3:  la t0, line
    add t0, t0, t1
    sb s0, 0(t0)
    addi t1, t1, 1
    sw t1, 0(t2)
    mv a0, s0
    call kputc                          # the echo (LF goes out as CR LF)
    li t0, ASCII_LF
    bne s0, t0, cd_next
4:  la t0, line_length                  # a complete line
    lw t1, 0(t0)
    la t0, line_ready
    sw t1, 0(t0)
    j cd_next
cd_erase:
    beqz t1, cd_next
    addi t1, t1, -1
    sw t1, 0(t2)
    la a0, erase_echo
    call kputs
    j cd_next
cd_end_of_file:
    bnez t1, 4b                         # the line so far, without a newline
    la t0, line_eof
    li t1, 1
    sw t1, 0(t0)
    j cd_next
cd_done:
    la t0, typeahead_count
    lw t0, 0(t0)
    li t1, TYPEAHEAD_MAX
    bgeu t0, t1, 5f
    la t0, console_uart
    lw t0, 0(t0)
    li t1, UART_IER_RX
    sb t1, UART_IER(t0)
5:  la t0, line_ready
    lw t1, 0(t0)
    la t0, line_eof
    lw t2, 0(t0)
    or a0, t1, t2
    snez a0, a0
    lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret

# console_file_read: file.S's read piece for the console: a0 = the description, a1 = a kernel
# buffer, a2 = its size (at least 1), a3 = the bytes this read has returned so far.
# A read gets bytes of a complete line only, up to a2, the rest staying for the next read; at the
# end of the file (^D at the start of a line) it returns 0, once. It first runs the line
# discipline over the type-ahead; with no complete line then and nothing returned yet it sleeps
# on the line (counted in line_readers, so that console_interrupt runs the line discipline as
# bytes come) until there is one; a signal to handle ends the wait with -EINTR (or restarts the
# call: SA_RESTART). Returns a0 = the bytes taken.
# May sleep. Clobbers the caller-saved registers.
    .globl console_file_read
console_file_read:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    mv s0, a1                           # s0: the buffer
    mv s1, a2                           # s1: its size
    mv s2, a3                           # s2: returned already
cfr_next:
    call console_discipline
    la t0, line_ready
    lw t1, 0(t0)
    bnez t1, cfr_hand_out
    la t0, line_eof
    lw t1, 0(t0)
    beqz t1, 1f
    sw zero, 0(t0)                      # ^D at the start of a line: the end of the file, once
    li a0, 0
    j cfr_done
1:  li a0, 0
    bnez s2, cfr_done
    call signal_interrupted
    bnez a0, 2f
    la t0, line_readers
    lw t1, 0(t0)
    addi t1, t1, 1
    sw t1, 0(t0)
    la a0, line
    call sleep_on
    la t0, line_readers
    lw t1, 0(t0)
    addi t1, t1, -1
    sw t1, 0(t0)
    j cfr_next
2:  li a0, -ERESTARTSYS                 # a signal to handle (^C's SIGINT, for one) came first:
    j cfr_done                          # -EINTR, or a restart with SA_RESTART (signal.S)
cfr_hand_out:                           # t1: the bytes ready
    mv a2, t1
    bleu a2, s1, 5f
    mv a2, s1
5:  sw a2, 4(sp)                        # the bytes taken
    mv a0, s0
    la a1, line
    call memcpy
    lw t0, 4(sp)                        # the rest of the line moves to the front
    la t1, line
    add t2, t1, t0                      # t2: from
    la t3, line_length
    lw t4, 0(t3)
    add t4, t1, t4                      # t4: the end
6:  bgeu t2, t4, 7f
    lbu t5, 0(t2)
    sb t5, 0(t1)
    addi t1, t1, 1
    addi t2, t2, 1
    j 6b
7:  lw t4, 0(t3)
    sub t4, t4, t0
    sw t4, 0(t3)
    la t3, line_ready
    lw t4, 0(t3)
    sub t4, t4, t0
    sw t4, 0(t3)
    lw a0, 4(sp)
cfr_done:
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    addi sp, sp, 32
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
# does: CR in as NL, NL out as CR NL, 115200 baud 8N1 as Linux sets a serial console up,
# canonical lines with echo and erase (console_file_read), ^C's SIGINT (ISIG), the control
# characters Linux starts with. Linux's n_tty also starts with IXON, ECHOK, ECHOKE and IEXTEN:
# not reported, as this line discipline has no ^S/^Q, ^U, ^W or ^V yet) and TIOCGWINSZ (80 columns,
# 24 rows). Another request on the console, or any on another file: -ENOTTY. fd not open: -EBADF; arg not
# writable: -EFAULT.
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
    li a3, SIZEOF_TERMIOS
    li t1, TCGETS
    beq s0, t1, 1f
    la a2, console_winsize
    li a3, SIZEOF_WINSIZE
    li t1, TIOCGWINSZ
    bne s0, t1, 2f
1:  CURRENT t0
    lw a0, PCB_ROOT(t0)
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
    .word 0x100                         # c_iflag: ICRNL
    .word 0x5                           # c_oflag: OPOST | ONLCR
    .word 0x1cb2                        # c_cflag: B115200 | CS8 | CREAD | HUPCL | CLOCAL
    .word 0x21b                         # c_lflag: ISIG | ICANON | ECHO | ECHOE | ECHOCTL
    .byte 0                             # c_line
    .byte 3, 034, 0177, 025, 4, 0, 1, 0, 021, 023, 032, 0, 022, 017, 027, 026, 0, 0, 0  # c_cc: INIT_C_CC
console_winsize:                        # struct winsize
    .half 24, 80, 0, 0                  # ws_row, ws_col, ws_xpixel, ws_ypixel
erase_echo:     .asciz "\b \b"
interrupt_echo: .asciz "^C\n"

    .section .bss
    .balign 4
line:           .space LINE_MAX         # the line being typed, then handed out
line_length:    .space 4                # its bytes
line_ready:     .space 4                # of them, those a read may take (a complete line)
line_eof:       .space 4                # 1: ^D came at the start of a line
line_readers:   .space 4                # the readers asleep on the line
typeahead:      .space TYPEAHEAD_MAX    # bytes taken from the UART, not yet through the line
typeahead_first: .space 4               # the oldest one's place
typeahead_count: .space 4               # their number
