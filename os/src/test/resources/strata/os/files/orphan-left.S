# orphan-left.S: run as /sbin/init by FileCallsTest, twice on one image. The first time (no
# file "second" yet) it makes "second", and a child that creates "left", writes 3000 bytes into
# it, unlinks it and sleeps with it open; init then ends, and the machine powers off with the
# orphan on the disk. The second time the kernel's mount has freed it: init says whether
# "left" is gone and ends.

    .include "syscalls.inc"
    .include "linux.inc"
    .include "show.inc"

    .text
    .globl _start
_start:
    li a0, AT_FDCWD
    la a1, name_second
    li a2, O_RDWR | O_CREAT | O_EXCL
    li a3, 0644
    SC openat
    bgez a0, first_boot
    li a0, AT_FDCWD                     # "second" is there: this is the second boot
    la a1, name_left
    li a2, O_RDONLY
    li a3, 0
    SC openat
    mv t1, a0
    la a0, gone
    li t0, -2                           # ENOENT
    beq t1, t0, 1f
    la a0, not_gone
1:  call puts
    li a0, 0
    SC exit

first_boot:
    SC close
    la a0, pipe_fds
    li a1, 0
    SC pipe2
    li a0, SIGCHLD
    li a1, 0
    li a2, 0
    li a3, 0
    li a4, 0
    SC clone
    beqz a0, child
    lw a0, pipe_fds                     # init: wait for the child's byte
    la a1, byte
    li a2, 1
    SC read
    li t0, 1
    bne a0, t0, failed
    la a0, holding
    call puts
    li a0, 0
    SC exit

child:
    li a0, AT_FDCWD
    la a1, name_left
    li a2, O_RDWR | O_CREAT | O_EXCL
    li a3, 0644
    SC openat
    bltz a0, failed
    mv s0, a0
    li s1, 3                            # 3000 bytes: three 1 KiB blocks
1:  mv a0, s0
    la a1, thousand
    li a2, 1000
    SC write
    li t0, 1000
    bne a0, t0, failed
    addi s1, s1, -1
    bnez s1, 1b
    li a0, AT_FDCWD
    la a1, name_left
    li a2, 0
    SC unlinkat
    bnez a0, failed
    lw a0, pipe_fds + 4
    la a1, byte
    li a2, 1
    SC write
    li a0, CLOCK_MONOTONIC              # hold it open past the end of init
    li a1, 0
    la a2, long_time
    li a3, 0
    SC clock_nanosleep_time64
failed:
    la a0, failure
    call puts
    li a0, 1
    SC exit

# puts: a0 = a NUL-terminated string, written to fd 1. Clobbers a0..a2, a7, t0.
puts:
    mv a1, a0
    li a2, 0
1:  add t0, a1, a2
    lbu t0, 0(t0)
    beqz t0, 2f
    addi a2, a2, 1
    j 1b
2:  li a0, 1
    li a7, SYS_write
    ecall
    ret

    .section .rodata
name_second:    .asciz "second"
name_left:      .asciz "left"
holding:        .asciz "the child holds an unlinked file open\n"
gone:           .asciz "second boot: left is gone\n"
not_gone:       .asciz "second boot: left is still there\n"
failure:        .asciz "a call failed\n"
    .balign 8
long_time:      .word 1000, 0, 0, 0     # struct __kernel_timespec: 1000 s
thousand:       .fill 1000, 1, 'x'

    .section .bss
    .balign 4
pipe_fds:       .space 8
byte:           .space 4
