# ps.S: /bin/ps lists the processes, one line each, as procps' `ps -o pid,stat,time,comm` does:
#
#       PID STAT     TIME COMMAND
#         1 S    00:00:00 init
#        12 R    00:00:03 spin
#
# (TIME becomes DD-HH:MM:SS past a day, as in procps.)
#
# There is no /proc: the kernel fills an array of struct process_info (PI_*, strata.inc)
# with strata_processes(buf, count), Strata's own system call (SYS_strata_processes, far above
# Linux's numbers), which returns how many processes there are. STAT is one letter: R for a
# process running or ready to (PROC_RUNNING, PROC_RUNNABLE), S sleeping, Z a zombie. TIME is the
# CPU time it has had in user mode, counted in scheduler ticks of TICKS_PER_SECOND. Elsewhere
# (Linux, qemu-riscv32) the call does not exist: "ps: strata_processes: Function not
# implemented", status 1.

    .include "syscalls.inc"
    .include "strata.inc"
    .include "runtime.inc"

.equ MAX_PROCESSES, 256         # records asked for; a longer table is shown up to here
.equ TICKS_PER_SECOND, 100      # the scheduler's tick: 10 ms
.equ LINE_SIZE, 64              # 5 + 1 + 4 + 1 + 8 + 1 + a name of at most 15 bytes + newline

    .section .rodata
header:     .asciz "  PID STAT     TIME COMMAND\n"
failed:     .asciz "%s: strata_processes: %s\n"
states:     .ascii "?RRZS"      # the letter for each PROC_* state, by value

    .bss
    .balign 4
processes:  .zero MAX_PROCESSES * PI_SIZE
line:       .zero LINE_SIZE

    .text
# right(a0 out, a1 value, a2 width) -> a0: out past the field. value in decimal, right-aligned
# in width columns (wider if it needs more). Clobbers a-, t-registers.
    .type right, @function
right:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    mv s0, a0
    mv s1, a2
    mv a0, a1
    mv a1, sp                   # the digits, then a zero: at most 11 bytes
    call utoa
    sub t0, a0, sp              # the digits' count
    sub t1, s1, t0              # the spaces before them
    li t2, ' '
1:  blez t1, 2f
    sb t2, 0(s0)
    addi s0, s0, 1
    addi t1, t1, -1
    j 1b
2:  mv t1, sp
3:  lbu t2, 0(t1)
    beqz t2, 4f
    sb t2, 0(s0)
    addi s0, s0, 1
    addi t1, t1, 1
    j 3b
4:  mv a0, s0
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    addi sp, sp, 32
    ret
    .size right, . - right

# two_digits(a0 out, a1 value 0..99, a2 separator) -> a0: out past the two digits and the
# separator byte (none if it is 0). Leaf; clobbers t0, t1.
    .type two_digits, @function
two_digits:
    li t0, 10
    divu t1, a1, t0
    addi t1, t1, '0'
    sb t1, 0(a0)
    remu t1, a1, t0
    addi t1, t1, '0'
    sb t1, 1(a0)
    addi a0, a0, 2
    beqz a2, 1f
    sb a2, 0(a0)
    addi a0, a0, 1
1:  ret
    .size two_digits, . - two_digits

# show(a0 process_info) -> a0: the bytes written, or -errno. One line of the table.
# Clobbers a-, t-registers. May sleep (write).
#   s0 the record, s1 where the line goes on, s2 the CPU time in seconds.
    .type show, @function
show:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    mv s0, a0
    la a0, line
    lw a1, PI_PID(s0)
    li a2, 5
    call right
    li t0, ' '
    sb t0, 0(a0)
    lw t1, PI_STATE(s0)         # STAT: a letter, left-aligned in 4 columns
    li t2, '?'
    li t3, PROC_SLEEPING
    bgtu t1, t3, 1f
    la t2, states
    add t2, t2, t1
    lbu t2, 0(t2)
1:  sb t2, 1(a0)
    sb t0, 2(a0)
    sb t0, 3(a0)
    sb t0, 4(a0)
    sb t0, 5(a0)
    addi a0, a0, 6
    lw t0, PI_TICKS(s0)         # TIME: [days-]hours:minutes:seconds
    li t1, TICKS_PER_SECOND
    divu s2, t0, t1
    li t0, 24 * 3600
    bltu s2, t0, 2f
    divu a1, s2, t0
    remu s2, s2, t0
    li a2, 0
    call right
    li t0, '-'
    sb t0, 0(a0)
    addi a0, a0, 1
2:  li t0, 3600
    divu a1, s2, t0
    remu s2, s2, t0
    li a2, ':'
    call two_digits
    li t0, 60
    divu a1, s2, t0
    li a2, ':'
    call two_digits
    li t0, 60
    remu a1, s2, t0
    li a2, ' '
    call two_digits
    addi t0, s0, PI_NAME        # COMMAND: the name, at most PROC_NAME_LENGTH - 1 bytes
    addi t1, t0, PROC_NAME_LENGTH - 1
4:  beq t0, t1, 5f
    lbu t2, 0(t0)
    beqz t2, 5f
    sb t2, 0(a0)
    addi a0, a0, 1
    addi t0, t0, 1
    j 4b
5:  li t0, '\n'
    sb t0, 0(a0)
    addi a0, a0, 1
    la a1, line
    sub a2, a0, a1
    li a0, STDOUT
    call write_all
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret
    .size show, . - show

# main() -> a0: 0, or 1 if the kernel cannot list its processes.
#   s0 the next record, s1 the records left to show.
    .globl main
    .type main, @function
main:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    la a0, processes
    li a1, MAX_PROCESSES
    li a7, SYS_strata_processes
    ecall
    bltz a0, 3f
    mv s1, a0
    li t0, MAX_PROCESSES
    bleu s1, t0, 1f
    mv s1, t0
1:  li a0, STDOUT
    la a1, header
    call fdprintf
    la s0, processes
2:  beqz s1, 4f
    mv a0, s0
    call show
    addi s0, s0, PI_SIZE
    addi s1, s1, -1
    j 2b
3:  call strerror
    mv a3, a0
    la t0, progname
    lw a2, 0(t0)
    la a1, failed
    li a0, STDERR
    call fdprintf
    li a0, 1
    j 5f
4:  li a0, 0
5:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret
    .size main, . - main
