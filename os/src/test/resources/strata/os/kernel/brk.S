# brk.S: the program break over a large range, a plain Linux riscv32 program: BrkTest runs it as
# init (Strata and QEMU's virt board, 128 MiB of RAM) and under qemu-riscv32, and the lines it
# prints must be the same. The break grows by 32 MiB in steps of 1 MiB (far past 0x100000 and
# 0x10000000, where the devices were once mapped in every address space), every new page reads
# zero, is written and read back; then the break shrinks to 1 MiB and grows to 32 MiB again in one
# step: the first MiB kept its contents, the pages above are new ones, zero again.

    .include "syscalls.inc"

    .equ MIB, 0x100000
    .equ STEPS, 32
    .equ PAGE, 4096
    .equ MIDDLE, PAGE / 2 - 4            # the last word of the first half
    .equ PATTERN, 0x5a5a5a5a

    .include "show.inc"

# BRK reg: brk(reg) into a0.
    .macro BRK reg
    mv a0, \reg
    li a7, SYS_brk
    ecall
    .endm

    .text
    .globl _start
_start:
    BRK zero
    mv s0, a0                           # s0: the first break
    li t0, PAGE - 1
    add s1, s0, t0
    srli s1, s1, 12
    slli s1, s1, 12                     # s1: the first whole page past it
    li t0, STEPS * MIB
    add s2, s0, t0                      # s2: the grown break
    srli s2, s2, 12
    slli s2, s2, 12                     # s2: the end of the last whole page below it

    li s3, 0                            # s3: steps granted
    li s4, 1                            # s4: the step
1:  li t0, MIB
    mul t0, t0, s4
    add s5, s0, t0
    BRK s5
    bne a0, s5, 2f
    addi s3, s3, 1
2:  addi s4, s4, 1
    li t0, STEPS
    bleu s4, t0, 1b
    SHOW "steps of 1 MiB granted (of 32)", s3

    mv a0, s1
    mv a1, s2
    call nonzero_words
    SHOW "nonzero words in the new pages", a0
    mv a0, s1
    mv a1, s2
    call fill
    SHOW "pages written", a0
    mv a0, s1
    mv a1, s2
    call mismatches
    SHOW "pages read back wrong", a0

    li t0, MIB
    add s5, s0, t0                      # s5: the break at 1 MiB
    BRK s5
    sub t0, a0, s5
    seqz t0, t0
    SHOW "shrunk to 1 MiB", t0
    li t0, STEPS * MIB
    add s6, s0, t0
    BRK s6
    sub t0, a0, s6
    seqz t0, t0
    SHOW "grew to 32 MiB again in one step", t0
    mv a0, s1
    srli a1, s5, 12
    slli a1, a1, 12
    call mismatches
    SHOW "pages of the first MiB read back wrong", a0
    li t0, PAGE - 1
    add a0, s5, t0
    srli a0, a0, 12
    slli a0, a0, 12
    mv a1, s2
    call nonzero_words
    SHOW "nonzero words in the pages above it", a0

    li t0, -PAGE
    BRK t0
    sub t0, a0, s6
    seqz t0, t0
    SHOW "brk to 0xfffff000 leaves the break", t0
    li t0, MIB
    sub t0, s0, t0
    BRK t0
    sub t0, a0, s6
    seqz t0, t0
    SHOW "brk below the first break leaves it", t0
    BRK s0
    sub t0, a0, s0
    seqz t0, t0
    SHOW "back to the first break", t0

    li a0, 0
    li a7, SYS_exit
    ecall

# nonzero_words: a0 = the first page, a1 = the end (page-aligned). Returns a0 = how many words
# of those pages are not zero. Clobbers t0..t2.
nonzero_words:
    mv t0, a0
    li a0, 0
1:  bgeu t0, a1, 3f
    lw t1, 0(t0)
    beqz t1, 2f
    addi a0, a0, 1
2:  addi t0, t0, 4
    j 1b
3:  ret

# fill: a0 = the first page, a1 = the end. Writes in every page its address at its start,
# PATTERN xor it in the middle and its complement at its end. Returns a0 = the pages.
# Clobbers t0..t3.
fill:
    mv t0, a0
    li a0, 0
    li t2, PATTERN
1:  bgeu t0, a1, 2f
    sw t0, 0(t0)
    xor t1, t0, t2
    sw t1, MIDDLE(t0)
    not t1, t0
    li t3, PAGE - 4
    add t3, t0, t3
    sw t1, 0(t3)
    addi a0, a0, 1
    li t1, PAGE
    add t0, t0, t1
    j 1b
2:  ret

# mismatches: a0 = the first page, a1 = the end. Returns a0 = the pages where fill's three words
# are not there. Clobbers t0..t3.
mismatches:
    mv t0, a0
    li a0, 0
    li t2, PATTERN
1:  bgeu t0, a1, 3f
    lw t1, 0(t0)
    bne t1, t0, 2f
    lw t1, MIDDLE(t0)
    xor t1, t1, t2
    bne t1, t0, 2f
    li t3, PAGE - 4
    add t3, t0, t3
    lw t1, 0(t3)
    not t1, t1
    beq t1, t0, 4f
2:  addi a0, a0, 1
4:  li t1, PAGE
    add t0, t0, t1
    j 1b
3:  ret

    .include "print.inc"
