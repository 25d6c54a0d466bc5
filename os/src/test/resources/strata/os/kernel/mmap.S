# mmap.S: anonymous memory from user space, run as init by KernelTest: mmap2, munmap and
# mprotect with their errors; faults on pages that are read-only or unmapped, taken by forked
# children (the parent reports how they ended); fork copying mappings; code written into a
# mapping and run after mprotect, as a JIT does; a mapping larger than RAM refused, and memory
# still there after it.

    .include "syscalls.inc"
    .include "errno.inc"
    .include "linux.inc"
    .include "show.inc"
    .include "children.inc"

    .equ ANON, MAP_PRIVATE | MAP_ANONYMOUS

# MMAP addr, length, prot, flags: mmap2(addr, length, prot, flags, -1, 0) into a0.
    .macro MMAP addr, length, prot, flags
    li a0, \addr
    li a1, \length
    li a2, \prot
    li a3, \flags
    li a4, -1
    li a5, 0
    li a7, SYS_mmap2
    ecall
    .endm

# CHILD_TOUCHES reg, op: a child does `op zero/t0, 0(reg)` and exits 0; the parent reports how it
# ended (si_code 2 and si_status 11 for a SIGSEGV).
    .macro CHILD_TOUCHES reg, op
    FORK
    bnez a0, 1f
    \op t0, 0(\reg)
    li a0, 0
    li a7, SYS_exit
    ecall
1:  mv s1, a0
    WAIT P_PID, s1, WEXITED
    lw t0, info + SI_CODE
    SHOW "  si_code", t0
    lw t0, info + SI_STATUS
    SHOW "  si_status", t0
    .endm

    .text
    .globl _start
_start:
    MMAP 0, 0, PROT_READ, ANON
    SHOW "mmap of 0 bytes", a0
    MMAP 0, 4096, 0, ANON
    SHOW "mmap with PROT_NONE", a0
    MMAP 0, 4096, PROT_READ, MAP_SHARED | MAP_ANONYMOUS
    SHOW "mmap MAP_SHARED", a0
    MMAP 0, 4096, PROT_READ, MAP_PRIVATE
    SHOW "mmap of a file", a0
    MMAP 0xffc00000, 4096, PROT_READ, ANON | MAP_FIXED
    SHOW "mmap MAP_FIXED over the kernel's device window", a0
    MMAP 0x20000800, 4096, PROT_READ, ANON | MAP_FIXED
    SHOW "mmap MAP_FIXED unaligned", a0
    MMAP 0, 0x0c800000, PROT_READ | PROT_WRITE, ANON
    SHOW "mmap of 200 MiB with 128 MiB of RAM", a0

    MMAP 0, 12288, PROT_READ | PROT_WRITE, ANON
    mv s0, a0                           # s0: three pages
    slli t0, s0, 20
    SHOW "three pages: page-aligned offset", t0
    li t0, 0x11111111                   # each page written and read back
    sw t0, 0(s0)
    li t1, 4096
    add t1, s0, t1
    li t0, 0x22222222
    sw t0, 0(t1)
    li t1, 8192 + 4092
    add t1, s0, t1
    li t0, 0x33333333
    sw t0, 0(t1)
    lw t0, 0(s0)
    lw t2, 0(t1)
    add t0, t0, t2
    li t1, 0x44444444
    sub t0, t0, t1
    SHOW "written and read back (0 is right)", t0

    FORK                                # fork copies the mapping
    bnez a0, 2f
    lw t0, 0(s0)
    li t1, 0x55
    sw t1, 0(s0)
    li t1, 0x11111111
    sub a0, t0, t1
    li a7, SYS_exit
    ecall
2:  mv s1, a0
    WAIT P_PID, s1, WEXITED
    lw t0, info + SI_STATUS
    SHOW "the child saw the parent's value (0 is right)", t0
    lw t0, 0(s0)
    li t1, 0x11111111
    sub t0, t0, t1
    SHOW "the parent's copy kept (0 is right)", t0

    li t0, 4096
    add s2, s0, t0                      # s2: the middle page
    mv a0, s2
    li a1, 4096
    li a7, SYS_munmap
    ecall
    SHOW "munmap of the middle page", a0
    SHOW "a child reads the unmapped page", zero
    CHILD_TOUCHES s2, lw
    li t0, 8192 + 4092
    add s3, s0, t0                      # s3: the last word of the last page, still there
    lw t0, 0(s3)
    li t1, 0x33333333
    sub t0, t0, t1
    SHOW "the last page kept its data (0 is right)", t0

    mv a0, s0
    li a1, 4096
    li a2, PROT_READ
    li a7, SYS_mprotect
    ecall
    SHOW "mprotect of the first page to read-only", a0
    SHOW "a child writes the read-only page", zero
    CHILD_TOUCHES s0, sw
    mv a0, s0
    li a1, 12288
    li a2, PROT_READ
    li a7, SYS_mprotect
    ecall
    SHOW "mprotect over the hole", a0
    mv a0, s0
    li a1, 4096
    li a2, 8
    li a7, SYS_mprotect
    ecall
    SHOW "mprotect with prot 8", a0
    addi a0, s0, 1
    li a1, 4096
    li a7, SYS_munmap
    ecall
    SHOW "munmap unaligned", a0
    li a0, 0x80000000
    li a1, 4096
    li a7, SYS_munmap
    ecall
    SHOW "munmap of the kernel", a0

    MMAP 0, 4096, PROT_READ | PROT_WRITE, ANON  # a JIT: code written, then made executable
    mv s4, a0
    la t0, code
    lw t1, 0(t0)
    sw t1, 0(s4)
    lw t1, 4(t0)
    sw t1, 4(s4)
    mv a0, s4
    li a1, 4096
    li a2, PROT_READ | PROT_EXEC
    li a7, SYS_mprotect
    ecall
    SHOW "mprotect to read and execute", a0
    fence.i
    jalr s4
    SHOW "the generated code returned", a0

    mv a0, s4                           # MAP_FIXED over its own page: a fresh zero page
    li a1, 4096
    li a2, PROT_READ | PROT_WRITE
    li a3, ANON | MAP_FIXED
    li a4, -1
    li a5, 0
    li a7, SYS_mmap2
    ecall
    sub t0, a0, s4
    SHOW "MAP_FIXED gave the address asked (0 is right)", t0
    lw t0, 0(s4)
    SHOW "and the page is zero", t0
    li a0, 0
    li a7, SYS_exit
    ecall

    .include "print.inc"
    .balign 4
code:   li a0, 42                       # copied into the mapping
        ret

    .data
    .balign 4
info:   .space 128
