# pipe.S: pipes, a page each: a header and a ring of PIPE_CAPACITY bytes.
#
# PIPE_HEAD and PIPE_TAIL count the bytes ever written and read; their difference is what the
# ring holds (never more than PIPE_CAPACITY), byte n at PIPE_DATA + n mod PIPE_CAPACITY.
# PIPE_READERS and PIPE_WRITERS count the open file descriptions of each end (fd.S); the page
# goes back to the allocator when both are 0. A reader waits while the pipe is empty and a
# writer is left; a writer waits while it is full and a reader is left. Both sleep on the pipe's
# page as their wait channel (sleep_on), and whatever changes what they wait for wakes it: bytes
# put, bytes taken, an end closed. A signal for a waiter ends its wait with -EINTR (or the bytes
# moved before it), as on Linux.

    .include "machine.inc"
    .include "errno.inc"
    .include "kernel-layout.inc"
    .include "ext2.inc"
    .include "fd.inc"

    .equ PIPE_READERS,  0
    .equ PIPE_WRITERS,  4
    .equ PIPE_HEAD,     8
    .equ PIPE_TAIL,     12
    .equ PIPE_DATA,     16
    .equ PIPE_CAPACITY, PAGE_SIZE - PIPE_DATA

    .section .text
# pipe2(fds, flags): a pipe; fds[0] its read end, fds[1] its write end, both FD_CLOEXEC with
# O_CLOEXEC in flags, both O_NONBLOCK with O_NONBLOCK. Another flag: -EINVAL; no page: -ENOMEM;
# no free description: -ENFILE; fewer than two free descriptors: -EMFILE; fds not writable:
# -EFAULT (nothing is left open).
    .globl sys_pipe2
sys_pipe2:
    li t0, ~(O_CLOEXEC | O_NONBLOCK)
    and t0, a1, t0
    beqz t0, 1f
    li a0, -EINVAL
    ret
1:  addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    sw s4, 8(sp)
    mv s0, a0                           # s0: fds
    mv s1, a1                           # s1: flags
    call page_alloc
    li t0, -ENOMEM
    beqz a0, pipe2_done_with
    mv s2, a0                           # s2: the pipe, zeroed
    call file_alloc
    beqz a0, pipe2_no_file
    mv s3, a0                           # s3: the read end
    call file_alloc
    bnez a0, 2f
    mv a0, s3
    sw zero, OF_REFS(a0)
pipe2_no_file:
    mv a0, s2
    call page_free
    li t0, -ENFILE
    j pipe2_done_with
2:  mv s4, a0                           # s4: the write end
    li t0, 1
    sw t0, PIPE_READERS(s2)
    sw t0, PIPE_WRITERS(s2)
    li t0, FT_PIPE
    sw t0, OF_TYPE(s3)
    sw t0, OF_TYPE(s4)
    sw s2, OF_PIPE(s3)
    sw s2, OF_PIPE(s4)
    li t0, O_NONBLOCK
    and t0, s1, t0
    sw t0, OF_FLAGS(s3)                 # O_RDONLY
    ori t0, t0, O_WRONLY
    sw t0, OF_FLAGS(s4)
    li a1, 0                            # the descriptors' FD_CLOEXEC
    li t0, O_CLOEXEC
    and t0, s1, t0
    beqz t0, 3f
    li a1, FD_CLOEXEC
3:  mv s1, a1                           # s1: now FD_CLOEXEC or 0
    mv a0, s3
    li a2, 0
    call fd_install
    bltz a0, pipe2_no_fds
    sw a0, 0(sp)
    mv a0, s4
    mv a1, s1
    li a2, 0
    call fd_install
    bltz a0, pipe2_one_fd
    sw a0, 4(sp)
    CURRENT t0
    lw a0, PCB_ROOT(t0)
    mv a1, s0
    mv a2, sp
    li a3, 8
    call copy_out
    li t0, 0
    beqz a0, pipe2_done_with
    lw a0, 4(sp)                        # not told to the program: undone
    call sys_close
    lw a0, 0(sp)
    call sys_close
    li t0, -EFAULT
    j pipe2_done_with
pipe2_one_fd:
    lw a0, 0(sp)
    call sys_close                      # the read end: its description, and the pipe's reader
    mv a0, s4
    call file_put                       # the write end: the pipe's page with it
    li t0, -EMFILE
    j pipe2_done_with
pipe2_no_fds:
    mv a0, s3
    call file_put
    mv a0, s4
    call file_put
    li t0, -EMFILE
pipe2_done_with:
    mv a0, t0
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    lw s4, 8(sp)
    addi sp, sp, 32
    ret

# pipe_close: a0 = a pipe end's description, its last reference gone. The pipe has one reader
# or writer fewer; with neither left its page is freed. Clobbers the caller-saved registers.
    .globl pipe_close
pipe_close:
    lw t0, OF_PIPE(a0)
    lw t1, OF_FLAGS(a0)
    andi t1, t1, O_ACCMODE
    li t2, PIPE_READERS
    beqz t1, 1f                         # O_RDONLY: the read end
    li t2, PIPE_WRITERS
1:  add t2, t0, t2
    lw t1, 0(t2)
    addi t1, t1, -1
    sw t1, 0(t2)
    lw t1, PIPE_READERS(t0)
    lw t2, PIPE_WRITERS(t0)
    or t1, t1, t2
    bnez t1, 2f
    mv a0, t0
    j page_free
2:  mv a0, t0                           # the other end's waiters see it gone
    j wakeup

# pipe_read: a0 = a read end's description, a1 = a kernel buffer, a2 = its size (at least 1),
# a3 = the bytes this read has already returned. Takes what the pipe holds, up to a2. When it
# is empty: 0 if a3 is not (the read returns what it has), 0 when no writer is left (the end of
# the file), -EAGAIN with O_NONBLOCK, else it sleeps until one of these changes.
# Returns a0 = the bytes taken. May sleep. Clobbers the caller-saved registers.
    .globl pipe_read
pipe_read:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    mv s0, a0                           # s0: the description
    mv s1, a1                           # s1: the buffer
    mv s2, a2                           # s2: its size
    mv s3, a3                           # s3: returned already
1:  lw t0, OF_PIPE(s0)
    lw t1, PIPE_HEAD(t0)
    lw t2, PIPE_TAIL(t0)
    bne t1, t2, 3f
    li a0, 0
    bnez s3, pipe_read_done
    lw t1, PIPE_WRITERS(t0)
    beqz t1, pipe_read_done
    lw t1, OF_FLAGS(s0)
    li t2, O_NONBLOCK
    and t1, t1, t2
    li a0, -EAGAIN
    bnez t1, pipe_read_done
    call signal_interrupted
    bnez a0, 6f
    lw a0, OF_PIPE(s0)
    call sleep_on
    j 1b
6:  li a0, -EINTR
    j pipe_read_done
3:  li a0, 0                            # a0: bytes taken
    li t3, PIPE_CAPACITY
4:  beq t1, t2, 5f
    beq a0, s2, 5f
    remu t4, t2, t3
    add t4, t0, t4
    lbu t4, PIPE_DATA(t4)
    add t5, s1, a0
    sb t4, 0(t5)
    addi t2, t2, 1
    addi a0, a0, 1
    j 4b
5:  sw t2, PIPE_TAIL(t0)
    sw a0, 0(sp)
    mv a0, t0                           # room for a waiting writer
    call wakeup
    lw a0, 0(sp)
pipe_read_done:
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret

# pipe_write: a0 = a write end's description, a1 = kernel bytes, a2 = their number (at least 1),
# a3 = the bytes this write has already put. Puts them all, sleeping while the pipe is full
# (with O_NONBLOCK it stops there: -EAGAIN if it put nothing). With no reader left it stops:
# a0 = the bytes put, or -EPIPE when none. May sleep. Clobbers the caller-saved registers.
    .globl pipe_write
pipe_write:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    mv s0, a0                           # s0: the description
    mv s1, a1                           # s1: the bytes
    mv s2, a2                           # s2: their number
    li s3, 0                            # s3: bytes put
1:  beq s3, s2, 4f
    lw t0, OF_PIPE(s0)
    lw t1, PIPE_READERS(t0)
    beqz t1, 5f
    lw t1, PIPE_HEAD(t0)
    lw t2, PIPE_TAIL(t0)
    sub t2, t1, t2
    li t3, PIPE_CAPACITY
    bltu t2, t3, 3f
    lw t1, OF_FLAGS(s0)                 # full
    li t2, O_NONBLOCK
    and t1, t1, t2
    bnez t1, 6f
    lw a0, OF_PIPE(s0)                  # the reader takes what is there meanwhile
    call wakeup
    call signal_interrupted
    bnez a0, 8f
    lw a0, OF_PIPE(s0)
    call sleep_on
    j 1b
3:  remu t2, t1, t3
    add t2, t0, t2
    add t4, s1, s3
    lbu t4, 0(t4)
    sb t4, PIPE_DATA(t2)
    addi t1, t1, 1
    sw t1, PIPE_HEAD(t0)
    addi s3, s3, 1
    j 1b
5:  li a0, -EPIPE
    beqz s3, 7f
    j 4f
8:  li a0, -EINTR
    beqz s3, 7f
    j 4f
6:  li a0, -EAGAIN
    beqz s3, 7f
4:  mv a0, s3
7:  beqz s3, 9f                         # bytes for a waiting reader
    sw a0, 0(sp)
    lw a0, OF_PIPE(s0)
    call wakeup
    lw a0, 0(sp)
9:  lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret
