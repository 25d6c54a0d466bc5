# Sv32 permission checks and A/D updates, for every leaf PTE (R, RW, X, RX, RWX, the reserved W
# and WX, and an invalid one; each with and without U): loads and stores from S-mode without
# and with SUM and from U-mode, each without and with MXR (made from M-mode with MPRV), and
# instruction fetches from S- and U-mode. After each access the PTE is printed, which shows A
# set by any access and D by a store; a failed access prints its page fault.
        .include "harness.S"

        .equ PAGE, 0x40000000       # the virtual page under test
        .equ PTE_V, 0x01
        .equ PTE_U, 0x10
        .equ A_D, 0xc0
        .equ MPRV, 1 << 17
        .equ SUM, 1 << 18
        .equ MXR, 1 << 19

        # Makes the test page's PTE hold the permission bits \perm, with A and D clear.
        .macro SET_PTE perm
        la t0, target
        srli t0, t0, 2
        ori t0, t0, \perm
        la t1, l0
        sw t0, 0(t1)
        sfence.vma
        .endm

        .macro SHOW_PTE
        la t0, l0
        lw t0, 0(t0)
        PRINT t0
        .endm

        # A load and a store to the test page as mode \mode with mstatus bits \bits.
        .macro DATA perm, mode, bits
        SET_PTE \perm
        li t0, (3 << 11) | MPRV | SUM | MXR
        csrc mstatus, t0
        li t0, (\mode << 11) | MPRV | \bits
        csrs mstatus, t0
        lw a0, 64(s0)
        li t0, MPRV
        csrc mstatus, t0
        SHOW_PTE
        SET_PTE \perm
        li t0, (\mode << 11) | MPRV | \bits
        csrs mstatus, t0
        sw a0, 64(s0)
        li t0, MPRV
        csrc mstatus, t0
        SHOW_PTE
        .endm

        # Jumps to the test page in mode \mode; its code returns to M-mode, or the fetch faults.
        .macro FETCH perm, mode
        SET_PTE \perm
        EXPECT_FETCH_FAULT 9905f
        csrw mepc, s0
        li t0, 3 << 11
        csrc mstatus, t0
        li t0, \mode << 11
        csrs mstatus, t0
        mret
9905:   SHOW_PTE
        .endm

        .macro PERMISSION perm
        SAY "pte \perm"
        .irp bits, 0, SUM, MXR, SUM | MXR
        DATA \perm, 1, \bits
        .endr
        .irp bits, 0, MXR
        DATA \perm, 0, \bits
        .endr
        FETCH \perm, 1
        FETCH \perm, 0
        .endm

        .globl main
main:
        addi sp, sp, -16
        sw ra, 12(sp)
        call map_kernel
        li s0, PAGE
        .irp perm, 0x03, 0x07, 0x09, 0x0b, 0x0f, 0x05, 0x0d, 0x0e
        PERMISSION \perm
        PERMISSION \perm | PTE_U
        .endr
        csrw satp, zero
        lw ra, 12(sp)
        addi sp, sp, 16
        ret

# Turns Sv32 on with the kernel (RAM and the UART) mapped at the same addresses, by megapages,
# and the test page's second-level table in place.
map_kernel:
        la t0, root
        li t1, 0x80000 << 10 | A_D | 0x0f
        li t2, 0x200 * 4
        add t2, t0, t2
        sw t1, 0(t2)
        li t1, 0x10000 << 10 | A_D | 0x07
        sw t1, 0x040 * 4(t0)
        la t1, l0
        srli t1, t1, 2
        ori t1, t1, PTE_V
        li t2, (PAGE >> 22) * 4
        add t2, t0, t2
        sw t1, 0(t2)
        srli t0, t0, 12
        li t1, 1 << 31
        or t0, t0, t1
        csrw satp, t0
        sfence.vma
        ret

        .data
        .balign 4096
target: li a7, MAGIC                # fetched from the test page: back to M-mode
        ecall
        .balign 4096
        .bss
        .balign 4096
root:   .space 4096
l0:     .space 4096
