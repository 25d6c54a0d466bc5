# Exceptions delegated to S-mode by medeleg: taken in S-mode from U- and S-mode, never from
# M-mode; the S handler sees scause, stval, sepc and sstatus (SPP and SPIE), and the M
# handler gets what is not delegated.
        .include "harness.S"

        .equ DELEGATED, (1 << 0) | (1 << 1) | (1 << 2) | (1 << 3) | (1 << 5) | (1 << 7) | (1 << 8) | (1 << 12)

        .globl main
main:
        addi sp, sp, -16
        sw ra, 12(sp)
        SAY "medeleg"
        li a0, DELEGATED
        csrw medeleg, a0
        PRINT_CSR medeleg
        la a0, s_handler
        csrw stvec, a0
        SAY "from m-mode"
        .word 0
        ebreak
        SAY "from u-mode"
        li a0, 0x22                 # SIE and SPIE
        csrs sstatus, a0
        ENTER 0
        .word 0
        ebreak
        ecall
        li a1, 0x00800000
        lw a0, 0(a1)
        sw a0, 0(a1)
        EXPECT_FETCH_FAULT 1f
        jalr a0, 0(a1)
1:      csrr a0, sscratch
        BACK_TO_M
        SAY "from s-mode"
        ENTER 1
        .word 0
        ebreak
        li a1, 0x00800000
        lw a0, 0(a1)
        csrr a0, mscratch
        BACK_TO_M
        SAY "not delegated"
        csrw medeleg, zero
        ENTER 0
        ebreak
        BACK_TO_M
        SAY "done"
        lw ra, 12(sp)
        addi sp, sp, 16
        ret

        .align 2
s_handler:
        li t6, MAGIC
        bne a7, t6, 1f
        ecall
1:      SAY "s-handler"
        PRINT_CSR scause
        PRINT_CSR stval
        PRINT_CSR sepc
        PRINT_CSR sstatus
        csrr t6, scause
        addi t6, t6, -1
        beqz t6, 2f
        addi t6, t6, -11
        beqz t6, 2f
        csrr t6, sepc
        addi t6, t6, 4
        csrw sepc, t6
        sret
2:      la t6, resume_at
        lw t6, 0(t6)
        csrw sepc, t6
        sret
