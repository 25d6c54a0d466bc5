# Synchronous exceptions taken in M-mode, each with its cause, mepc and mtval: a jump or taken
# branch to a target that is not 4-byte aligned (C is off: mepc is the jump, mtval the
# target, the link register is not written, a branch not taken does not trap), ebreak, ecall,
# an illegal instruction (mtval = its encoding), and how a trap stacks mstatus (MPP = M,
# MPIE = the old MIE, MIE = 0). Access faults are in traps-access.S, the illegal encodings in
# illegal.S, ecall from S- and U-mode in privilege.S. The last case checks mtval for jal and
# a taken branch, which QEMU 7.2 gets wrong (see docs/isa-tests.md).
.include "spike.inc"

    CASE "jal to a target that is not 4-byte aligned"
    li ra, 0x55
    ARM 1f
.Ljal:
    .word 0x006000ef            # jal ra, .+6
    FAIL_HERE
    FAIL_HERE
1:
    CHECK_WORD mtrap + TRAP_COUNT, 1
    CHECK_WORD mtrap + TRAP_CAUSE, CAUSE_MISALIGNED_FETCH
    CHECK_WORD mtrap + TRAP_EPC, .Ljal
    CHECK ra, 0x55

    CASE "jal backwards to a target that is not 4-byte aligned"
    li ra, 0x55
    ARM 1f
.Ljal_back:
    .word 0xfffff0ef            # jal ra, .-2
    FAIL_HERE
1:
    CHECK_WORD mtrap + TRAP_COUNT, 1
    CHECK_WORD mtrap + TRAP_CAUSE, CAUSE_MISALIGNED_FETCH
    CHECK_WORD mtrap + TRAP_EPC, .Ljal_back
    CHECK ra, 0x55

    CASE "jalr to a target that is not 4-byte aligned"
    la a1, 2f
    li a2, 0x55
    ARM 1f
.Ljalr:
    jalr a2, 2(a1)
    FAIL_HERE
2:
    FAIL_HERE
    FAIL_HERE
1:
    CHECK_TRAP CAUSE_MISALIGNED_FETCH, .Ljalr, 2b + 2
    CHECK a2, 0x55

    CASE "jalr: bit 0 is cleared before the alignment check"
    la a1, 2f
    li a2, 0x55
    ARM 1f
.Ljalr3:
    jalr a2, 3(a1)
    FAIL_HERE
2:
    FAIL_HERE
    FAIL_HERE
1:
    CHECK_TRAP CAUSE_MISALIGNED_FETCH, .Ljalr3, 2b + 2
    la a1, 3f
    jalr a2, 1(a1)
    FAIL_HERE
3:

    CASE "a branch not taken to a misaligned target does not trap"
    .word 0x00001363            # bne zero, zero, .+6
    nop
    nop

    CASE "a taken branch to a misaligned target traps at the branch"
    ARM 1f
.Lbeq_cause:
    .word 0x00000363            # beq zero, zero, .+6
    FAIL_HERE
    FAIL_HERE
1:
    CHECK_WORD mtrap + TRAP_COUNT, 1
    CHECK_WORD mtrap + TRAP_CAUSE, CAUSE_MISALIGNED_FETCH
    CHECK_WORD mtrap + TRAP_EPC, .Lbeq_cause

    CASE "ebreak: breakpoint, mtval 0 or the ebreak's address"
    ARM 1f
.Lebreak:
    ebreak
    FAIL_HERE
1:
    CHECK_WORD mtrap + TRAP_COUNT, 1
    CHECK_WORD mtrap + TRAP_CAUSE, CAUSE_BREAKPOINT
    CHECK_WORD mtrap + TRAP_EPC, .Lebreak
    la t5, mtrap + TRAP_TVAL
    lw t5, 0(t5)
    beqz t5, 2f
    CHECK t5, .Lebreak
2:

    CASE "ecall in M-mode: environment call from M-mode, mtval 0"
    EXPECT_TRAP CAUSE_MACHINE_ECALL, 0, ecall

    CASE "an illegal instruction: mtval holds its encoding"
    EXPECT_ILLEGAL .word 0
    EXPECT_ILLEGAL .word 0xffffffff
    EXPECT_ILLEGAL .word 0x12345677

    CASE "a trap changes no register"
    li a0, 0x11111111
    li a1, 0x22222222
    li ra, 0x33333333
    li sp, 0x44444444
    li t0, 0x55555555
    li s11, 0x66666666
    EXPECT_TRAP CAUSE_MACHINE_ECALL, 0, ecall
    CHECK a0, 0x11111111
    CHECK a1, 0x22222222
    CHECK ra, 0x33333333
    CHECK sp, 0x44444444
    CHECK t0, 0x55555555
    CHECK s11, 0x66666666

    CASE "a trap from M-mode stacks MIE in MPIE, clears MIE and sets MPP to M"
    csrsi mstatus, MSTATUS_MIE
    EXPECT_TRAP CAUSE_MACHINE_ECALL, 0, ecall
    CHECK_TRAP_STATUS mtrap, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP, MSTATUS_MPIE | MSTATUS_MPP
    csrci mstatus, MSTATUS_MIE
    EXPECT_TRAP CAUSE_MACHINE_ECALL, 0, ecall
    CHECK_TRAP_STATUS mtrap, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP, MSTATUS_MPP

    CASE "mtvec in direct mode takes an exception at its base"
    la a1, 1f
    csrw mtvec, a1
.Lvectored_ecall:
    ecall
    FAIL_HERE
    .align 2
1:
    la a1, trap_m
    csrw mtvec, a1
    csrr a0, mcause
    CHECK a0, CAUSE_MACHINE_ECALL
    csrr a0, mepc
    CHECK a0, .Lvectored_ecall

    CASE "a jal or a taken branch to a misaligned target: mtval is the target"
    ARM 1f
.Ljal_tval:
    .word 0x006000ef            # jal ra, .+6
    FAIL_HERE
    FAIL_HERE
1:
    CHECK_TRAP CAUSE_MISALIGNED_FETCH, .Ljal_tval, .Ljal_tval + 6
    ARM 2f
.Lbeq_tval:
    .word 0x00000363            # beq zero, zero, .+6
    FAIL_HERE
    FAIL_HERE
2:
    CHECK_TRAP CAUSE_MISALIGNED_FETCH, .Lbeq_tval, .Lbeq_tval + 6

    TEST_END
