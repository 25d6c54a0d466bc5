# The time CSR: the CLINT's mtime (10 MHz), read through time and timeh in any mode that
# mcounteren.TM (S- and U-mode) and scounteren.TM (U-mode) allow; it goes forward.
.include "virt.inc"

    CASE "time goes forward"
    csrr a0, time
    li a2, 10000
1:
    addi a2, a2, -1
    bnez a2, 1b
    csrr a1, time
    sub a1, a1, a0
    blez a1, fail

    CASE "time is the CLINT's mtime"
    li a3, CLINT_MTIME
    lw a0, 0(a3)
    csrr a1, time
    lw a2, 0(a3)
    bltu a1, a0, fail
    bltu a2, a1, fail

    CASE "timeh is the high word of mtime"
    li a3, CLINT_MTIME
1:
    lw a0, 4(a3)
    csrr a1, timeh
    lw a2, 4(a3)
    bne a0, a2, 1b
    CHECK_SAME a0, a1

    CASE "S-mode and U-mode read time when TM allows it"
    li a0, 2
    csrw mcounteren, a0
    csrw scounteren, a0
    RUN_IN PRV_S, 1f, 2f
1:
    csrr a0, time
    csrr a0, timeh
.Ls_ecall:
    ecall
2:
    CHECK_TRAP CAUSE_SUPERVISOR_ECALL, .Ls_ecall, 0
    RUN_IN PRV_U, 3f, 4f
3:
    csrr a0, time
    csrr a0, timeh
.Lu_ecall:
    ecall
4:
    CHECK_TRAP CAUSE_USER_ECALL, .Lu_ecall, 0

    CASE "mcounteren.TM = 0: time is an illegal instruction in S-mode and U-mode"
    li a0, 5
    csrw mcounteren, a0
    EXPECT_ILLEGAL_IN PRV_S, csrr a0, time
    EXPECT_ILLEGAL_IN PRV_U, csrr a0, timeh

    CASE "scounteren.TM = 0: time is an illegal instruction in U-mode only"
    li a0, 5
    csrw scounteren, a0
    EXPECT_ILLEGAL_IN PRV_U, csrr a0, time
    RUN_IN PRV_S, 3f, 4f
3:
    csrr a0, time
.Ls_ecall2:
    ecall
4:
    CHECK_TRAP CAUSE_SUPERVISOR_ECALL, .Ls_ecall2, 0

    TEST_END
