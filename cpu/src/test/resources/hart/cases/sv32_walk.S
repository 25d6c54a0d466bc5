# The Sv32 walk: 4 MiB superpages (and misaligned ones), non-leaf PTEs with A, D or U set, a
# non-leaf PTE at the last level, an invalid root entry, a root table outside memory, page
# faults of misaligned accesses that span two pages (the second page's fault names its first
# byte), MPRV with MPP = M, A and D on an already-accessed page, sfence.vma by address and by
# ASID, and satp's ASID.
        .include "harness.S"

        .equ A_D, 0xc0
        .equ MPRV, 1 << 17
        .equ VA, 0x40000000         # level-1 index 0x100
        .equ VB, 0x40400000         # level-1 index 0x101

        # Root entry for \va: \value.
        .macro ROOT va, value
        la t0, root
        li t1, (\va >> 22) * 4
        add t0, t0, t1
        li t1, \value
        sw t1, 0(t0)
        sfence.vma
        .endm

        # Root entry for \va pointing to the table l0, with extra bits \bits.
        .macro ROOT_TABLE va, bits
        la t0, root
        li t1, (\va >> 22) * 4
        add t0, t0, t1
        la t1, l0
        srli t1, t1, 2
        ori t1, t1, 1 | \bits
        sw t1, 0(t0)
        sfence.vma
        .endm

        # l0 entry \index: the page \label with permissions \perm.
        .macro LEAF index, label, perm
        la t0, l0
        la t1, \label
        srli t1, t1, 2
        ori t1, t1, \perm
        sw t1, \index * 4(t0)
        sfence.vma
        .endm

        # A load from \address as S-mode (through MPRV), printing the value or the fault.
        .macro LOAD_AS_S address, insn=lw
        li a1, \address
        li t0, (3 << 11) | MPRV
        csrc mstatus, t0
        li t0, (1 << 11) | MPRV
        csrs mstatus, t0
        \insn a0, 0(a1)
        li t0, MPRV
        csrc mstatus, t0
        PRINT a0
        .endm

        .macro STORE_AS_S address, insn=sw
        li a1, \address
        li t0, (3 << 11) | MPRV
        csrc mstatus, t0
        li t0, (1 << 11) | MPRV
        csrs mstatus, t0
        \insn a2, 0(a1)
        li t0, MPRV
        csrc mstatus, t0
        .endm

        .globl main
main:
        addi sp, sp, -16
        sw ra, 12(sp)
        call map_kernel
        SAY "superpage"
        ROOT VA, 0x80000 << 10 | A_D | 0x03          # VA -> 0x80000000, 4 MiB
        la a3, data1
        li t0, 0x80000000
        sub a3, a3, t0                               # offset of data1 in RAM
        li t0, VA
        add a3, a3, t0
        LOAD_AS_S 0
        li t0, (1 << 11) | MPRV
        csrs mstatus, t0
        lw a0, 0(a3)
        li t0, MPRV
        csrc mstatus, t0
        PRINT a0
        SAY "misaligned superpage"
        ROOT VA, (0x80000 + 1) << 10 | A_D | 0x03
        li t0, (1 << 11) | MPRV
        csrs mstatus, t0
        lw a0, 0(a3)
        li t0, MPRV
        csrc mstatus, t0
        SAY "non-leaf with A, D or U"
        LEAF 0, data1, A_D | 0x03
        .irp bits, 0x40, 0x80, 0x10, 0
        ROOT_TABLE VA, \bits
        LOAD_AS_S VA
        .endr
        SAY "non-leaf at the last level"
        la t0, l0
        la t1, l0
        srli t1, t1, 2
        ori t1, t1, 1
        sw t1, 0(t0)
        sfence.vma
        LOAD_AS_S VA
        SAY "invalid root entry"
        ROOT VA, 0
        LOAD_AS_S VA
        ROOT VA, 0x80000 << 10 | A_D | 0x02          # V clear, R set
        LOAD_AS_S VA
        SAY "root outside memory"
        csrr s1, satp
        li t0, (1 << 31) | (0x00800000 >> 12)
        csrw satp, t0
        sfence.vma
        LOAD_AS_S VA
        csrw satp, s1
        sfence.vma
        SAY "misaligned across pages"
        ROOT_TABLE VA, 0
        LEAF 0, data1, A_D | 0x07
        LEAF 1, data2, A_D | 0x07
        LOAD_AS_S VA + 0xffe
        LOAD_AS_S VA + 0xffd
        LOAD_AS_S VA + 0xfff, lh
        li a2, 0x55667788
        STORE_AS_S VA + 0xffe
        LOAD_AS_S VA + 0xffc
        LOAD_AS_S VA + 0x1000
        la t0, l0
        sw zero, 4(t0)                               # the second page unmapped
        sfence.vma
        LOAD_AS_S VA + 0xffe
        li a2, 0x11111111
        STORE_AS_S VA + 0xffd
        LOAD_AS_S VA + 0xffc                         # unchanged: nothing was written
        la t0, l0
        sw zero, 0(t0)                               # the first page unmapped
        LEAF 1, data2, A_D | 0x07
        LOAD_AS_S VA + 0xffe
        SAY "mprv with mpp m"
        li t0, (3 << 11) | MPRV
        csrs mstatus, t0
        la a1, data1
        lw a0, 0(a1)
        li t0, MPRV
        csrc mstatus, t0
        PRINT a0
        SAY "a and d"
        LEAF 0, data1, 0x07
        LOAD_AS_S VA
        la t0, l0
        lw t0, 0(t0)
        PRINT t0
        li a2, 1
        STORE_AS_S VA
        la t0, l0
        lw t0, 0(t0)
        PRINT t0
        LEAF 0, data1, 0x47                          # A already set, D clear
        STORE_AS_S VA
        la t0, l0
        lw t0, 0(t0)
        PRINT t0
        SAY "sfence.vma by address and asid"
        LEAF 0, data1, A_D | 0x03
        LOAD_AS_S VA
        LEAF 0, data2, A_D | 0x03                    # LEAF fences everything
        LOAD_AS_S VA
        la t0, l0
        la t1, data1
        srli t1, t1, 2
        ori t1, t1, A_D | 0x03
        sw t1, 0(t0)
        li t0, VA
        sfence.vma t0
        LOAD_AS_S VA
        la t0, l0
        la t1, data2
        srli t1, t1, 2
        ori t1, t1, A_D | 0x03
        sw t1, 0(t0)
        csrr t0, satp
        srli t0, t0, 22
        andi t0, t0, 0x1ff
        sfence.vma zero, t0                          # the current ASID
        LOAD_AS_S VA
        li t0, 5 << 22
        csrs satp, t0                                # a new ASID
        sfence.vma
        PRINT_CSR satp
        LOAD_AS_S VA
        csrw satp, zero
        lw ra, 12(sp)
        addi sp, sp, 16
        ret

map_kernel:
        la t0, root
        li t1, 0x80000 << 10 | A_D | 0x0f
        li t2, 0x200 * 4
        add t2, t0, t2
        sw t1, 0(t2)
        li t1, 0x10000 << 10 | A_D | 0x07
        sw t1, 0x040 * 4(t0)
        srli t0, t0, 12
        li t1, 1 << 31
        or t0, t0, t1
        csrw satp, t0
        sfence.vma
        ret

        .data
        .balign 4096
data1:  .word 0x11223344
        .fill 1022, 4, 0
        .word 0xaabbccdd
        .balign 4096
data2:  .word 0x55667788
        .balign 4096
        .bss
        .balign 4096
root:   .space 4096
l0:     .space 4096
