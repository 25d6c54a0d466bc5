# The privilege modes and the instructions that move between them: ecall from U-, S- and
# M-mode; mret and sret (the modes they return to, how they unstack xIE/xPIE/xPP, MPRV
# cleared when leaving M-mode); mret, sret and wfi where they are illegal (lower modes, TSR,
# TW); TVM; which CSRs each mode may access. Without delegation every trap goes to M-mode.
# The last case checks that mret and sret clear MPRV when they leave M-mode, which QEMU 7.2
# does not do (see docs/isa-tests.md).
.include "spike.inc"

    CASE "ecall in U-mode: environment call from U-mode, MPP = U"
    RUN_IN PRV_U, 1f, 2f
1:
    ecall
2:
    CHECK_TRAP CAUSE_USER_ECALL, 1b, 0
    CHECK_TRAP_STATUS mtrap, MSTATUS_MPP, PRV_U << MPP_SHIFT

    CASE "ecall in S-mode: environment call from S-mode, MPP = S"
    RUN_IN PRV_S, 1f, 2f
1:
    ecall
2:
    CHECK_TRAP CAUSE_SUPERVISOR_ECALL, 1b, 0
    CHECK_TRAP_STATUS mtrap, MSTATUS_MPP, PRV_S << MPP_SHIFT

    CASE "mret with MPP = M stays in M-mode"
    RUN_IN PRV_M, 1f, 2f
1:
    ecall
2:
    CHECK_TRAP CAUSE_MACHINE_ECALL, 1b, 0

    CASE "a trap from U-mode stacks MIE in MPIE"
    csrsi mstatus, MSTATUS_MIE
    ARM 2f
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPIE
    csrs mstatus, t0
    la t0, 1f
    csrw mepc, t0
    mret
1:
    ecall
2:
    CHECK_TRAP CAUSE_USER_ECALL, 1b, 0
    CHECK_TRAP_STATUS mtrap, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP, MSTATUS_MPIE

    CASE "mret sets MIE from MPIE, MPIE to 1 and MPP to U"
    li t0, MSTATUS_MPP | MSTATUS_MPIE
    csrs mstatus, t0
    csrci mstatus, MSTATUS_MIE
    la t0, 1f
    csrw mepc, t0
    mret
    FAIL_HERE
1:
    CHECK_CSR_MASKED mstatus, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP, MSTATUS_MIE | MSTATUS_MPIE
    csrci mstatus, MSTATUS_MIE
    li t0, MSTATUS_MPP
    csrs mstatus, t0
    li t0, MSTATUS_MPIE
    csrc mstatus, t0
    la t0, 2f
    csrw mepc, t0
    mret
    FAIL_HERE
2:
    CHECK_CSR_MASKED mstatus, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP, MSTATUS_MPIE

    CASE "sret in M-mode returns to S-mode, sets SIE from SPIE, SPIE to 1, SPP to U"
    ARM 2f
    li t0, MSTATUS_SPP | MSTATUS_SPIE
    csrs mstatus, t0
    csrci mstatus, MSTATUS_SIE
    la t0, 1f
    csrw sepc, t0
    sret
    FAIL_HERE
1:
    csrr a0, sstatus
    ecall
2:
    CHECK_TRAP CAUSE_SUPERVISOR_ECALL, 1b + 4, 0
    li t0, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP
    and a0, a0, t0
    CHECK a0, MSTATUS_SIE | MSTATUS_SPIE

    CASE "sret with SPP = U returns to U-mode"
    ARM 2f
    li t0, MSTATUS_SPP
    csrc mstatus, t0
    la t0, 1f
    csrw sepc, t0
    sret
    FAIL_HERE
1:
    ecall
2:
    CHECK_TRAP CAUSE_USER_ECALL, 1b, 0

    CASE "sret in S-mode returns to U-mode"
    RUN_IN PRV_S, 1f, 3f
1:
    la t0, 2f
    csrw sepc, t0
    li t0, MSTATUS_SPP
    csrc sstatus, t0
    sret
    FAIL_HERE
2:
    ecall
3:
    CHECK_TRAP CAUSE_USER_ECALL, 2b, 0

    CASE "sret in S-mode with SPP = S stays in S-mode"
    RUN_IN PRV_S, 1f, 3f
1:
    la t0, 2f
    csrw sepc, t0
    li t0, MSTATUS_SPP
    csrs sstatus, t0
    sret
    FAIL_HERE
2:
    ecall
3:
    CHECK_TRAP CAUSE_SUPERVISOR_ECALL, 2b, 0

    CASE "mret staying in M-mode keeps MPRV"
    li t0, MSTATUS_MPRV | MSTATUS_MPP
    csrs mstatus, t0
    la t0, 1f
    csrw mepc, t0
    mret
    FAIL_HERE
1:
    CHECK_CSR_MASKED mstatus, MSTATUS_MPRV, MSTATUS_MPRV

    CASE "mret in S-mode and U-mode is illegal"
    EXPECT_ILLEGAL_IN PRV_S, mret
    EXPECT_ILLEGAL_IN PRV_U, mret

    CASE "sret in U-mode is illegal"
    EXPECT_ILLEGAL_IN PRV_U, sret

    CASE "sret in S-mode with TSR = 1 is illegal"
    li t0, MSTATUS_TSR
    csrs mstatus, t0
    EXPECT_ILLEGAL_IN PRV_S, sret

    CASE "sret in M-mode with TSR = 1 works"
    ARM 2f
    li t0, MSTATUS_TSR | MSTATUS_SPP
    csrs mstatus, t0
    la t0, 1f
    csrw sepc, t0
    sret
    FAIL_HERE
1:
    ecall
2:
    CHECK_TRAP CAUSE_SUPERVISOR_ECALL, 1b, 0

    CASE "wfi in U-mode is illegal"
    EXPECT_ILLEGAL_IN PRV_U, wfi

    CASE "wfi in S-mode with TW = 1 is illegal"
    li t0, MSTATUS_TW
    csrs mstatus, t0
    EXPECT_ILLEGAL_IN PRV_S, wfi

    CASE "wfi in S-mode returns once an interrupt is pending and enabled"
    # a supervisor software interrupt, delegated, pending and enabled in sie but not taken:
    # sstatus.SIE is 0 in S-mode
    li t0, MIP_SSIP
    csrs mideleg, t0
    csrs mie, t0
    csrs mip, t0
    RUN_IN PRV_S, 1f, 2f
1:
    wfi
    ecall
2:
    CHECK_TRAP CAUSE_SUPERVISOR_ECALL, 1b + 4, 0

    CASE "wfi in M-mode returns once an interrupt is pending and enabled in mie"
    li t0, MIP_SSIP
    csrs mie, t0
    csrs mip, t0
    wfi

    CASE "TVM = 1: satp and sfence.vma in S-mode are illegal"
    li t0, MSTATUS_TVM
    csrs mstatus, t0
    EXPECT_ILLEGAL_IN PRV_S, csrr a0, satp
    EXPECT_ILLEGAL_IN PRV_S, csrw satp, zero
    EXPECT_ILLEGAL_IN PRV_S, sfence.vma

    CASE "TVM = 1 leaves satp and sfence.vma to M-mode"
    csrr a0, satp
    csrw satp, zero
    sfence.vma

    CASE "S-mode reads and writes its CSRs"
    RUN_IN PRV_S, 1f, 2f
1:
    li a0, 0x1234
    csrw sscratch, a0
    csrr a1, sscratch
    csrr a2, sstatus
    csrr a2, sie
    csrr a2, sip
    csrr a2, stvec
    csrr a2, sepc
    csrr a2, scause
    csrr a2, stval
    csrr a2, satp
    csrr a2, scounteren
.Ls_csrs_ecall:
    ecall
2:
    CHECK_TRAP CAUSE_SUPERVISOR_ECALL, .Ls_csrs_ecall, 0
    CHECK a1, 0x1234

    CASE "S-mode may not access M-mode CSRs"
    .irp csr, mstatus, misa, medeleg, mideleg, mie, mtvec, mscratch, mepc, mcause, mtval, mip, mhartid, mvendorid, mcycle, pmpcfg0
    EXPECT_ILLEGAL_IN PRV_S, csrr a0, \csr
    .endr

    CASE "U-mode may not access S-mode or M-mode CSRs"
    .irp csr, sstatus, sie, stvec, sscratch, sepc, scause, stval, sip, satp, mstatus, mscratch, mhartid
    EXPECT_ILLEGAL_IN PRV_U, csrr a0, \csr
    .endr

    CASE "sfence.vma in U-mode is illegal"
    EXPECT_ILLEGAL_IN PRV_U, sfence.vma

    CASE "mret and sret leaving M-mode clear MPRV"
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
    RUN_IN PRV_S, 1f, 2f
1:
    ecall
2:
    CHECK_TRAP CAUSE_SUPERVISOR_ECALL, 1b, 0
    CHECK_TRAP_STATUS mtrap, MSTATUS_MPRV, 0
    ARM 4f
    li t0, MSTATUS_MPRV | MSTATUS_SPP
    csrs mstatus, t0
    la t0, 3f
    csrw sepc, t0
    sret
    FAIL_HERE
3:
    ecall
4:
    CHECK_TRAP CAUSE_SUPERVISOR_ECALL, 3b, 0
    CHECK_TRAP_STATUS mtrap, MSTATUS_MPRV, 0

    TEST_END
