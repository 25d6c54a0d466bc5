# Interrupts software can raise without a device: SSIP, STIP and SEIP written in mip (or SSIP
# in sip). Which mode takes them follows mideleg and the global enables; vectored tvecs jump to
# base + 4 * cause. One is pending at a time: QEMU 7.2 (without AIA) takes the lowest cause
# first where the specification orders SEI, SSI, STI, so the order is tested in Java.
        .include "harness.S"

        .equ SSIP, 1 << 1
        .equ STIP, 1 << 5
        .equ SEIP, 1 << 9
        .equ CLEAR, 0x434c5200      # an ecall from the S handler: M clears mip bit scause

        .macro RECORD who
        SAY "\who"
        .endm

        .globl main
main:
        addi sp, sp, -16
        sw ra, 12(sp)
        la a0, m_handler
        csrw mtvec, a0
        la a0, s_handler
        csrw stvec, a0
        SAY "masks"
        li a0, SSIP | STIP | SEIP
        csrw mideleg, a0
        PRINT_CSR mideleg
        csrw mie, a0
        PRINT_CSR mie
        PRINT_CSR sie
        csrw mip, a0
        PRINT_CSR mip
        PRINT_CSR sip
        csrw mip, zero
        PRINT_CSR mip
        SAY "pending in m-mode: delegated ones wait"
        csrs mstatus, 0x8           # MIE
        csrs mip, SSIP
        nop
        PRINT_CSR mip
        csrc mip, SSIP
        SAY "taken in s-mode"
        li a0, 0x2                  # SIE
        csrs sstatus, a0
        .irp bit, SSIP, STIP, SEIP
        li a0, \bit
        csrs mip, a0
        ENTER 1
        nop
        BACK_TO_M
        PRINT_CSR mip
        .endr
        SAY "s-mode with SIE clear: nothing, until u-mode"
        li a0, 0x2
        csrc sstatus, a0
        csrs mip, SSIP
        ENTER 1
        nop
        SAY "still s"
        BACK_TO_M
        ENTER 0
        nop
        BACK_TO_M
        SAY "sip writes SSIP only when delegated"
        ENTER 1
        csrsi sip, SSIP
        BACK_TO_M
        PRINT_CSR mip
        csrc mip, SSIP
        csrw mideleg, zero
        ENTER 1
        csrsi sip, SSIP
        BACK_TO_M
        PRINT_CSR mip
        SAY "not delegated: taken in m-mode from s-mode"
        csrc mstatus, 0x8
        li a0, STIP
        csrs mip, a0
        ENTER 1
        nop
        BACK_TO_M
        SAY "vectored"
        la a0, m_vectors + 1
        csrw mtvec, a0
        PRINT_CSR mtvec
        li a0, SEIP
        csrs mip, a0
        ENTER 0
        nop
        BACK_TO_M
        la a0, m_handler
        csrw mtvec, a0
        SAY "done"
        lw ra, 12(sp)
        addi sp, sp, 16
        ret

        .align 2
m_handler:
        li t6, MAGIC
        beq a7, t6, back_to_m
        li t6, CLEAR
        beq a7, t6, clear_for_s
        SAY "m-handler"
        PRINT_CSR mcause
        PRINT_CSR mstatus
clear_m:
        csrr t6, mcause
        bgez t6, 1f
        slli t6, t6, 1              # clear the pending bit of the interrupt
        srli t6, t6, 1
        addi sp, sp, -4
        sw t5, 0(sp)
        li t5, 1
        sll t6, t5, t6
        lw t5, 0(sp)
        addi sp, sp, 4
        csrc mip, t6
        mret
1:      csrr t6, mepc
        addi t6, t6, 4
        csrw mepc, t6
        mret

clear_for_s:
        csrr t6, scause
        slli t6, t6, 1
        srli t6, t6, 1
        addi sp, sp, -4
        sw t5, 0(sp)
        li t5, 1
        sll t6, t5, t6
        lw t5, 0(sp)
        addi sp, sp, 4
        csrc mip, t6
        j 1b

        .align 2
s_handler:
        li t6, MAGIC
        bne a7, t6, 1f
        ecall
1:      SAY "s-handler"
        PRINT_CSR scause
        PRINT_CSR sstatus
        csrw sscratch, a7
        li a7, CLEAR
        ecall
        csrr a7, sscratch
        sret

        .align 6
m_vectors:
        j m_handler
        .rept 8
        j bad_vector
        .endr
        j vector_9
        .rept 6
        j bad_vector
        .endr
vector_9:
        SAY "vector 9"
        j m_handler
bad_vector:
        SAY "wrong vector"
        j m_handler
