# sharefs.S: the current directory of threads, a plain Linux riscv32 program: SharingTest runs
# it as /sbin/init from an ext2 image (Strata and QEMU's virt board) and under qemu-riscv32, and
# the lines it prints must be the same. A thread made with CLONE_FS shares the current directory
# with the thread that made it: its chdir moves both; a thread without CLONE_FS has its own.

    .include "syscalls.inc"
    .include "linux.inc"
    .include "show.inc"

    .equ THREAD_FLAGS, CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID
    .equ UNSHARED_FLAGS, THREAD_FLAGS & ~CLONE_FS

# CWD label: prints "label: " and getcwd's answer, a newline.
    .macro CWD label
    la a0, 1f
    call puts
    call putcwd
    .section .rodata
1:  .asciz "\label: "
    .text
    .endm

    .text
    .globl _start
_start:
    la a0, root
    li a7, SYS_chdir
    ecall
    SHOW "chdir /", a0
    la a0, to_etc
    li a1, THREAD_FLAGS
    call run_thread
    CWD "the main thread's directory after a CLONE_FS thread's chdir /etc"
    la a0, to_root
    li a1, UNSHARED_FLAGS
    call run_thread
    sgtz t0, a0
    SHOW "a thread without CLONE_FS started", t0
    CWD "the main thread's directory after that thread's chdir /"
    li a0, 0
    li a7, SYS_exit_group
    ecall

to_etc:
    la a0, etc
    li a7, SYS_chdir
    ecall
    ret

to_root:
    la a0, root
    li a7, SYS_chdir
    ecall
    ret

# putcwd: prints the current directory and a newline (or getcwd's error).
putcwd:
    addi sp, sp, -16
    sw ra, 12(sp)
    la a0, buffer
    li a1, 64
    li a7, SYS_getcwd
    ecall
    bltz a0, 1f
    la a0, buffer
    call puts
    call newline
    j 2f
1:  call putd
    call newline
2:  lw ra, 12(sp)
    addi sp, sp, 16
    ret

# start_thread: a0 = a function, a1 = clone's flags. Starts a thread that calls the function on a
# stack of its own and ends with exit(0). Returns a0 = its id; tid holds it until it ends.
start_thread:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s5, 8(sp)
    sw s6, 4(sp)
    mv s5, a0                           # (the thread has the same s5)
    mv s6, a1
    li a0, 0
    li a1, 65536
    li a2, 3
    li a3, 0x22
    li a4, -1
    li a5, 0
    li a7, SYS_mmap2
    ecall
    li t0, 65536
    add a1, a0, t0
    mv a0, s6
    la a2, tid
    li a3, 0
    la a4, tid
    li a7, SYS_clone
    ecall
    beqz a0, 1f
    lw ra, 12(sp)
    lw s5, 8(sp)
    lw s6, 4(sp)
    addi sp, sp, 16
    ret
1:  jalr s5
    li a0, 0
    li a7, SYS_exit
    ecall

# run_thread: as start_thread, then waits for the thread to end (on the futex the kernel clears
# with CLONE_CHILD_CLEARTID, as pthread_join). Returns a0 = its id.
run_thread:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s7, 8(sp)
    call start_thread
    mv s7, a0
1:  lw a2, tid
    beqz a2, 2f
    la a0, tid
    li a1, FUTEX_WAIT
    li a3, 0
    li a7, SYS_futex_time64
    ecall
    j 1b
2:  mv a0, s7
    lw ra, 12(sp)
    lw s7, 8(sp)
    addi sp, sp, 16
    ret

    .include "print.inc"
root:   .asciz "/"
etc:    .asciz "/etc"

    .data
    .balign 8
tid:    .word 0
buffer: .space 64
