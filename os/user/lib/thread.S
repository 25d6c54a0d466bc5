# thread.S: threads as Linux makes them (clone with CLONE_THREAD_FLAGS, as pthread_create does),
# and a lock built on futex_time64. A thread lives in one anonymous mapping of its own:
#
#     base -> struct thread (TH_*) | ... stack, growing down ... | top
#
# TH_TID is the word the kernel writes the thread's id to (CLONE_PARENT_SETTID) before clone
# returns and clears, then wakes (CLONE_CHILD_CLEARTID), when the thread has exited: the thread
# is done with its stack once that word is 0, and only then is the mapping given back. tp points
# at TH_TLS, a word the thread may keep for itself.

    .include "syscalls.inc"
    .include "runtime.inc"

.equ TH_TID,  0                 # the thread's id; 0 once it has exited
.equ TH_SIZE, 4                 # the mapping's length, for munmap
.equ TH_TLS,  8                 # where the thread's tp points
.equ THREAD_SIZE, 16

    .section .rodata
    .globl name_mmap2, name_clone
name_mmap2: .asciz "mmap2"
name_clone: .asciz "clone"

    .text
# thread_start(a0 function, a1 argument, a2 size) -> a0: the thread (its base), or -errno;
# a1: on failure, the name of the call that failed ("mmap2" or "clone").
# Maps size bytes (a multiple of PAGE_SIZE) and starts a thread on them that calls
# function(argument) and exits (exit, the thread alone) with its result. Clobbers a-, t-registers.
# May sleep.
    .globl thread_start
    .type thread_start, @function
thread_start:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    mv s0, a0
    mv s1, a1
    mv s2, a2
    li a0, 0
    mv a1, s2
    li a2, PROT_READ | PROT_WRITE
    li a3, MAP_PRIVATE | MAP_ANONYMOUS
    li a4, -1
    li a5, 0
    call mmap2
    la a1, name_mmap2
    li t0, -4095
    bgeu a0, t0, 2f             # -4095..-1: an error, not an address
    mv t2, a0                   # the base
    sw s2, TH_SIZE(t2)
    add a1, t2, s2              # the new stack: function and argument on top
    addi a1, a1, -16
    sw s0, 0(a1)
    sw s1, 4(a1)
    li a0, CLONE_THREAD_FLAGS
    addi a2, t2, TH_TID
    addi a3, t2, TH_TLS
    mv a4, a2
    li a7, SYS_clone
    ecall
    beqz a0, 1f                 # the new thread, on its own stack
    bgez a0, 3f
    mv s0, a0                   # clone failed: give the mapping back
    mv a0, t2
    mv a1, s2
    call munmap
    mv a0, s0
    la a1, name_clone
    j 2f
3:  mv a0, t2
2:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret
1:  lw t0, 0(sp)                # the thread: function(argument), then exit the thread alone
    lw a0, 4(sp)
    jalr t0
    li a7, SYS_exit
    ecall
    .size thread_start, . - thread_start

# thread_join(a0 thread): waits until the thread has exited (its TH_TID word is 0), then unmaps
# it. Clobbers a-, t-registers. May sleep.
    .globl thread_join
    .type thread_join, @function
thread_join:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    mv s0, a0
1:  lw a2, TH_TID(s0)
    beqz a2, 2f
    addi a0, s0, TH_TID         # the kernel's wake at exit is not private: nor is this wait
    li a1, FUTEX_WAIT
    li a3, 0
    li a4, 0
    li a5, 0
    call futex                  # returns at once (EAGAIN) if the word has changed meanwhile
    j 1b
2:  mv a0, s0
    lw a1, TH_SIZE(s0)
    call munmap
    lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret
    .size thread_join, . - thread_join

# lock(a0 word): takes the lock in word: 0 free, 1 held, 2 held with threads perhaps waiting
# (Drepper, "Futexes are tricky", mutex 2). Clobbers a-, t-registers. May sleep.
    .globl lock
    .type lock, @function
lock:
    li t0, 1
1:  lr.w.aq t1, (a0)            # free: take it with no system call
    bnez t1, 2f
    sc.w t1, t0, (a0)
    bnez t1, 1b
    ret
2:  addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    mv s0, a0
    li t0, 2
3:  amoswap.w.aq t1, t0, (s0)   # mark it contended; if it was free, it is ours
    beqz t1, 4f
    mv a0, s0
    li a1, FUTEX_WAIT_PRIVATE
    li a2, 2
    li a3, 0
    li a4, 0
    li a5, 0
    call futex
    li t0, 2
    j 3b
4:  lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret
    .size lock, . - lock

# unlock(a0 word): releases the lock taken by lock, waking one waiter if there may be any.
# Clobbers a-, t-registers. May sleep (futex).
    .globl unlock
    .type unlock, @function
unlock:
    amoswap.w.rl t1, zero, (a0)
    li t0, 1
    bne t1, t0, 1f
    ret
1:  addi sp, sp, -16
    sw ra, 12(sp)
    li a1, FUTEX_WAKE_PRIVATE
    li a2, 1
    call futex
    lw ra, 12(sp)
    addi sp, sp, 16
    ret
    .size unlock, . - unlock
