# The A extension: every AMO on edge values (the old value in rd, the new one in memory), and
# the LR/SC reservation rules: SC succeeds after LR to the same address while memory holds
# the value LR read, and fails without a reservation, after another SC, at another address,
# after a trap or an xRET, and after LR moved the reservation elsewhere.
        .include "harness.S"

        .macro AMO op
        .irp m, 0, 1, -1, 0x7fffffff, 0x80000000
        .irp r, 0, 1, -1, 0x7fffffff, 0x80000000
        la a1, cell
        li a2, \m
        sw a2, 0(a1)
        li a2, \r
        \op a0, a2, (a1)
        PRINT a0
        lw a0, 0(a1)
        PRINT a0
        .endr
        .endr
        .endm

        .macro SC_RESULT
        sc.w a0, a2, (a1)
        PRINT a0
        lw a0, 0(a1)
        PRINT a0
        .endm

        .globl main
main:
        addi sp, sp, -16
        sw ra, 12(sp)
        .irp op, amoswap.w, amoadd.w, amoxor.w, amoand.w, amoor.w, amomin.w, amomax.w, amominu.w, amomaxu.w
        SAY "\op"
        AMO \op
        .endr
        SAY "ordering bits"
        la a1, cell
        li a2, 3
        amoadd.w.aq a0, a2, (a1)
        amoadd.w.rl a0, a2, (a1)
        amoadd.w.aqrl a0, a2, (a1)
        lw a0, 0(a1)
        PRINT a0
        SAY "lr sc"
        la a1, cell
        la a3, other
        li a2, 7
        sw zero, 0(a1)
        lr.w a0, (a1)
        SC_RESULT                   # succeeds
        SC_RESULT                   # no reservation any more
        lr.w a0, (a1)
        sc.w a0, a2, (a3)           # another address: fails and drops the reservation
        PRINT a0
        SC_RESULT
        lr.w a0, (a1)
        lr.w a0, (a3)
        SC_RESULT                   # the reservation moved
        lr.w a0, (a1)
        ecall                       # a trap in between
        SC_RESULT
        lr.w a0, (a1)
        la t0, 1f
        csrw mepc, t0
        li t0, 3 << 11
        csrs mstatus, t0
        mret                        # an xRET in between
1:      SC_RESULT
        lr.w a0, (a1)
        lw t0, 0(a1)
        sw t0, 0(a1)                # the same value stored again
        SC_RESULT
        lr.w a0, (a1)
        addi t0, a0, 1
        sw t0, 0(a1)                # a different value stored
        SC_RESULT
        lr.w a0, (a1)
        li a2, 9
        sc.w zero, a2, (a1)         # rd is x0
        lw a0, 0(a1)
        PRINT a0
        SAY "x0 as destination"
        li a2, 5
        amoswap.w zero, a2, (a1)
        PRINT zero
        lw a0, 0(a1)
        PRINT a0
        lr.w zero, (a1)
        PRINT zero
        lw ra, 12(sp)
        addi sp, sp, 16
        ret

        .data
        .align 3
cell:   .word 0
other:  .word 0
