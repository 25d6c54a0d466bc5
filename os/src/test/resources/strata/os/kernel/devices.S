# devices.S: user space has no device in it. Run as init by BrkTest: children read the sifive_test
# finisher's old place (0x100000), write the UART's (0x10000000), and read the UART's page in the
# kernel's device window (0xffc01000); each is killed by SIGSEGV with the kernel's message, and
# the parent, like a shell, goes on and says how each ended. Then it maps a page at 0x100000 itself
# (MAP_FIXED), as any user address, and uses it; the program break grows up to that mapping but
# one page, as Linux's brk keeps a free page before the next mapping.

    .include "syscalls.inc"
    .include "linux.inc"
    .include "show.inc"

# TOUCH label, address, store: a child reads (store 0) or writes (store 1) the address; the
# parent waits for it and shows how it ended.
    .macro TOUCH label, address, store
    li a0, SIGCHLD
    li a1, 0
    li a2, 0
    li a3, 0
    li a4, 0
    li a7, SYS_clone
    ecall
    bnez a0, 1f
    li t0, \address
    .if \store
    sw t0, 0(t0)
    .else
    lw t0, 0(t0)
    .endif
    li a0, 0                            # not reached: the access faults
    li a7, SYS_exit
    ecall
1:  mv a1, a0
    li a0, P_PID
    la a2, info
    li a3, WEXITED
    li a4, 0
    li a7, SYS_waitid
    ecall
    SHOW "\label: waitid", a0
    lw t0, info + SI_CODE
    SHOW "  si_code (2: killed)", t0
    lw t0, info + SI_STATUS
    SHOW "  si_status", t0
    .endm

    .text
    .globl _start
_start:
    TOUCH "read 0x100000", 0x100000, 0
    TOUCH "write 0x10000000", 0x10000000, 1
    TOUCH "read 0xffc01000", 0xffc01000, 0
    li a0, 0x100000
    li a1, 4096
    li a2, PROT_READ | PROT_WRITE
    li a3, MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS
    li a4, -1
    li a5, 0
    li a7, SYS_mmap2
    ecall
    li t0, 0x100000
    sub t1, a0, t0
    seqz t1, t1
    SHOW "mmap MAP_FIXED at 0x100000", t1
    li t0, 0x100000
    li t1, 0x5555
    sw t1, 0(t0)
    lw t2, 0(t0)
    sub t2, t2, t1
    seqz t2, t2
    SHOW "the page at 0x100000 holds what was written", t2
    li a0, 0xff001                      # the break meets the mapping: as on Linux, a free
    li a7, SYS_brk                      # page must stay between them
    ecall
    li t0, 0xff001
    sub t0, a0, t0
    snez t0, t0
    SHOW "brk to 0xff001 refused", t0
    li a0, 0xff000
    li a7, SYS_brk
    ecall
    li t0, 0xff000
    sub t0, a0, t0
    seqz t0, t0
    SHOW "brk to 0xff000 granted", t0
    li a0, 0
    li a7, SYS_exit
    ecall

    .include "print.inc"

    .data
    .balign 4
info:   .space 128
