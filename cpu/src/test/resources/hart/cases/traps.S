# Synchronous exceptions in M-mode, and the privileged instructions that are illegal below it:
# cause, mtval (the instruction word for an illegal instruction, the address for a fault) and
# mepc of each. (QEMU 7.2 reports a misaligned or faulting AMO as a load exception, 4 or 5,
# where the specification says store/AMO, 6 or 7; those are tested in Java, not here.)
        .include "harness.S"

        .equ UNMAPPED, 0x00800000

        .globl main
main:
        addi sp, sp, -16
        sw ra, 12(sp)
        SAY "illegal words"
        .word 0x00000000
        .word 0xffffffff
        .word 0x00002007            # flw ft0, 0(zero): no F
        .word 0x00003003            # ld zero, 0(zero): RV64 only
        .word 0x02001013            # slli zero, zero, 32: shamt[5] set
        .word 0x0000006b            # custom-2 opcode
        .word 0x30200033            # funct7 of mret on an OP word: add with funct7 0x18
        SAY "csrs"
        csrr a0, 0x800              # custom, not implemented
        csrr a0, 0xbc0
        csrr a0, fcsr               # no F
        csrw mvendorid, zero        # read-only
        csrw cycle, zero            # read-only
        csrrs a0, mvendorid, zero   # read without write: legal
        PRINT a0
        csrrsi a0, mhartid, 0
        PRINT a0
        csrrc a0, mconfigptr, zero
        PRINT a0
        csrrs a0, misa, zero
        PRINT a0
        SAY "ecall ebreak"
        ecall
        ebreak
        SAY "access faults"
        li a1, UNMAPPED
        lw a0, 0(a1)
        lh a0, 2(a1)
        lbu a0, 3(a1)
        sw a0, 4(a1)
        sh a0, 6(a1)
        sb a0, 7(a1)
        lw a0, 0(zero)
        sw a0, 0(zero)
        lr.w a0, (a1)
        SAY "misaligned atomics"
        la a1, scratch + 1
        lr.w a0, (a1)
        addi a1, a1, 1
        lr.w a0, (a1)
        SAY "fetch faults"
        EXPECT_FETCH_FAULT 1f
        li a1, UNMAPPED
        jalr a0, 0(a1)
1:      EXPECT_FETCH_FAULT 2f
        jalr a0, 0(zero)
2:      SAY "u-mode"
        ENTER 0
        mret
        sret
        wfi
        sfence.vma
        csrr a0, mstatus
        csrr a0, sstatus
        csrr a0, cycle              # mcounteren and scounteren are 0
        csrr a0, instret
        csrr a0, time
        ecall
        BACK_TO_M
        SAY "s-mode"
        li a0, 0x00400000           # TSR
        csrs mstatus, a0
        ENTER 1
        mret
        sret
        csrr a0, mstatus
        csrr a0, cycle
        csrr a0, mscratch
        csrw sscratch, a0
        ecall
        BACK_TO_M
        li a0, 0x00400000
        csrc mstatus, a0
        li a0, 0x00200000           # TW
        csrs mstatus, a0
        ENTER 1
        wfi
        BACK_TO_M
        li a0, 0x00200000
        csrc mstatus, a0
        li a0, 0x00100000           # TVM
        csrs mstatus, a0
        ENTER 1
        sfence.vma
        csrr a0, satp
        csrw satp, zero
        BACK_TO_M
        li a0, 0x00100000
        csrc mstatus, a0
        SAY "counter enables"
        li a0, 0x5                  # CY and IR for S-mode
        csrw mcounteren, a0
        ENTER 1
        csrr a0, cycle
        csrr a0, time
        csrr a0, instret
        csrr a0, hpmcounter3
        csrwi scounteren, 1         # CY for U-mode, written by S-mode
        BACK_TO_M
        ENTER 0
        csrr a0, cycle
        csrr a0, instret
        csrr a0, cycleh
        csrr a0, instreth
        BACK_TO_M
        SAY "done"
        lw ra, 12(sp)
        addi sp, sp, 16
        ret

        .data
        .align 3
scratch: .word 0, 0
