# ctrlc.S: ^C reaches programs that never read the console. Run as init by ConsoleInterruptTest,
# which types at the console only after a line shows (Strata and QEMU's virt board alike):
# "typed ahead" and ^C after "spinning with a handler", ^C after "spinning without", "kept\n"
# after "reading". The first child catches SIGINT (its handler prints and exits 7), the second
# is ended by it (waitid: CLD_KILLED, SIGINT); neither reads the console, and init
# (whom ^C never signals) waits for each. Then init reads a line: "kept", with nothing of the
# bytes typed ahead before the ^C, which threw them away. The lines typed after it come while init
# spins, more than the kernel's type-ahead ring holds: init reads them all, to the ^D.

    .equ TYPE_AHEAD_WAIT, 50000000      # iterations of a two-instruction loop

    .include "syscalls.inc"
    .include "linux.inc"
    .include "show.inc"
    .include "children.inc"

    .text
    .globl _start
_start:
    FORK
    beqz a0, catcher
    mv s1, a0
    WAIT P_PID, s1, WEXITED
    REPORT
    FORK
    beqz a0, spinner
    mv s1, a0
    WAIT P_PID, s1, WEXITED
    REPORT
    la a0, reading
    call puts
    la s0, line                         # s0: where the next byte goes
1:  li a0, 0
    mv a1, s0
    li a2, 1
    SC read
    blez a0, 2f
    lbu t0, 0(s0)
    addi s0, s0, 1
    li t1, 10
    bne t0, t1, 1b
2:  sb zero, 0(s0)
    la a0, got
    call puts
    la a0, line
    call puts
    li t0, TYPE_AHEAD_WAIT              # the rest comes meanwhile, more than the kernel's ring
1:  addi t0, t0, -1                     # holds: it stops taking bytes until reads make room
    bnez t0, 1b
    li s2, 0                            # s2: the lines after
    li s3, 0                            # s3: their bytes
3:  li a0, 0
    la a1, line
    li a2, 256
    SC read
    blez a0, 4f
    add s3, s3, a0
    la t0, line
    add t0, t0, a0
    lbu t0, -1(t0)
    addi t0, t0, -10
    seqz t0, t0
    add s2, s2, t0
    j 3b
4:  SHOW "lines after", s2
    SHOW "bytes after", s3
    li a0, 0
    SC exit

# catcher: SIGINT handled by on_interrupt; then spins, never reading.
catcher:
    la t0, act
    la t1, on_interrupt
    sw t1, 0(t0)
    li a0, SIGINT
    la a1, act
    li a2, 0
    li a3, 8
    SC rt_sigaction
    la a0, spinning_handled
    call puts
1:  j 1b

# spinner: SIGINT left at its default (the end of the process); spins, never reading.
spinner:
    la a0, spinning_default
    call puts
1:  j 1b

on_interrupt:
    la a0, handled
    call puts
    li a0, 7
    SC exit_group

    .include "print.inc"

spinning_handled:   .asciz "spinning with a handler\n"
spinning_default:   .asciz "spinning without\n"
handled:            .asciz "SIGINT in the handler\n"
reading:            .asciz "reading\n"
got:                .asciz "read: "

    .data
    .balign 4
act:    .space 16                       # struct sigaction: handler, flags 0, no mask
info:   .space 128
line:   .space 256
