# irq.S: four processes at once, run as init by InterruptsTest with a disk holding /data and
# /data2 and three lines and a ^D as the console's input:
#   - the spinner never makes a system call that sleeps: it counts, looking now and then at a
#     pipe (O_NONBLOCK) that init writes to only when both others have finished;
#   - the console reader reads fd 0 until the end of the file and counts lines and bytes;
#   - two disk readers read /data and /data2 in 512-byte pieces and hash them (FNV-1a, 32 bits):
#     where the disk is slow (QEMU) their requests sleep and the two take turns in the file system.
# Each sends its result to init through a pipe of its own; init waits for the readers, stops the
# spinner, waits for it and prints the three results in a fixed order, so that the output does
# not depend on timing (the echo of the console's input comes while the reader reads it).

    .include "syscalls.inc"
    .include "linux.inc"
    .include "show.inc"

    .equ FNV_OFFSET, 0x811c9dc5
    .equ FNV_PRIME, 0x01000193
    .equ SPIN_LOOK, 4096                # counts between two looks at the stop pipe

# SYS name: the system call into a0 (arguments already in a0..a5).
    .macro SYS name
    li a7, SYS_\name
    ecall
    .endm

# FORK: clone(SIGCHLD) into a0.
    .macro FORK
    li a0, SIGCHLD
    li a1, 0
    li a2, 0
    li a3, 0
    li a4, 0
    SYS clone
    .endm

# WAIT pid: waitid(P_PID, pid, &info, WEXITED, 0).
    .macro WAIT pid
    li a0, P_PID
    mv a1, \pid
    la a2, info
    li a3, WEXITED
    li a4, 0
    SYS waitid
    .endm

# PIPE fds, flags: pipe2(fds, flags).
    .macro PIPE fds, flags
    la a0, \fds
    li a1, \flags
    SYS pipe2
    .endm

# SEND fds: writes the two words at result to the write end of the pipe at fds, then exits 0.
    .macro SEND fds
    lw a0, \fds + 4
    la a1, result
    li a2, 8
    SYS write
    li a0, 0
    SYS exit
    .endm

    .text
    .globl _start
_start:
    PIPE stop_pipe, O_NONBLOCK
    PIPE spin_pipe, 0
    PIPE console_pipe, 0
    PIPE disk_pipe, 0
    PIPE disk2_pipe, 0
    FORK
    beqz a0, spinner
    mv s0, a0                           # s0: the spinner
    FORK
    beqz a0, console_reader
    mv s1, a0                           # s1: the console reader
    FORK
    beqz a0, disk_reader
    mv s2, a0                           # s2: the disk reader
    FORK
    beqz a0, disk2_reader
    mv s3, a0                           # s3: the second disk reader
    WAIT s1
    WAIT s2
    WAIT s3
    lw a0, stop_pipe + 4                # both have finished: the spinner may stop
    la a1, result
    li a2, 1
    SYS write
    WAIT s0

    la a0, console_pipe
    call receive
    la a0, console_said
    call puts
    lw t0, result
    SHOW "lines", t0
    lw t0, result + 4
    SHOW "bytes", t0
    la a0, disk_pipe
    call receive
    la a0, disk_said
    call puts
    lw t0, result
    SHOW "bytes", t0
    lw t0, result + 4
    SHOW "fnv1a", t0
    la a0, disk2_pipe
    call receive
    la a0, disk2_said
    call puts
    lw t0, result
    SHOW "bytes", t0
    lw t0, result + 4
    SHOW "fnv1a", t0
    la a0, spin_pipe
    call receive
    la a0, spinner_said
    call puts
    lw t0, result
    SHOW "stopped by init", t0
    li a0, 0
    SYS exit

# spinner: counts in s0 until the stop pipe has a byte; sends (1, the count > 0).
spinner:
    li s0, 0
1:  addi s0, s0, 1
    li t0, SPIN_LOOK - 1
    and t0, s0, t0
    bnez t0, 1b
    lw a0, stop_pipe
    la a1, result
    li a2, 1
    SYS read                            # -EAGAIN until init writes
    blez a0, 1b
    li t0, 1
    sw t0, result, t1
    sw s0, result + 4, t1
    SEND spin_pipe

# console_reader: reads fd 0 until 0 comes; sends (newlines, bytes).
console_reader:
    li s0, 0                            # s0: lines
    li s1, 0                            # s1: bytes
1:  li a0, 0
    la a1, buffer
    li a2, 64
    SYS read
    blez a0, 3f
    add s1, s1, a0
    la t0, buffer
    add t1, t0, a0
2:  lbu t2, 0(t0)
    addi t0, t0, 1
    addi t2, t2, -10
    seqz t2, t2
    add s0, s0, t2
    bltu t0, t1, 2b
    j 1b
3:  sw s0, result, t1
    sw s1, result + 4, t1
    SEND console_pipe

# disk_reader, disk2_reader: read /data (/data2) to its end; send (bytes, FNV-1a of them), or
# (-errno, 0), through disk_pipe (disk2_pipe).
disk2_reader:
    la s3, disk2_pipe
    la a1, data2_path
    j 5f
disk_reader:
    la s3, disk_pipe
    la a1, data_path
5:  li a0, AT_FDCWD
    li a2, 0
    li a3, 0
    SYS openat
    mv s0, a0                           # s0: the descriptor
    li s1, 0                            # s1: bytes
    li s2, FNV_OFFSET                   # s2: the hash
    bltz a0, 4f
1:  mv a0, s0
    la a1, buffer
    li a2, 512
    SYS read
    bltz a0, 4f
    beqz a0, 3f
    add s1, s1, a0
    la t0, buffer
    add t1, t0, a0
    li t3, FNV_PRIME
2:  lbu t2, 0(t0)
    xor s2, s2, t2
    mul s2, s2, t3
    addi t0, t0, 1
    bltu t0, t1, 2b
    j 1b
3:  sw s1, result, t1
    sw s2, result + 4, t1
    j 6f
4:  sw a0, result, t1
    sw zero, result + 4, t1
6:  lw a0, 4(s3)
    la a1, result
    li a2, 8
    SYS write
    li a0, 0
    SYS exit

# receive: a0 = a pipe's two descriptors. Reads the 8-byte result from its read end into result.
# Clobbers a0..a2, a7.
receive:
    lw a0, 0(a0)
    la a1, result
    li a2, 8
    SYS read
    ret

    .include "print.inc"

    .section .rodata
data_path:      .asciz "/data"
data2_path:     .asciz "/data2"
console_said:   .asciz "console reader\n"
disk_said:      .asciz "disk reader\n"
disk2_said:     .asciz "second disk reader\n"
spinner_said:   .asciz "spinner\n"

    .data
    .balign 4
stop_pipe:      .word 0, 0
spin_pipe:      .word 0, 0
console_pipe:   .word 0, 0
disk_pipe:      .word 0, 0
disk2_pipe:     .word 0, 0
info:           .space 128
result:         .word 0, 0
buffer:         .space 512
