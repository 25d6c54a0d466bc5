# The counters cycle and instret with their high halves; mcycle and minstret written by
# M-mode; which modes may read them, by mcounteren (for S- and U-mode) and scounteren (for
# U-mode). Counts are checked only for what QEMU and Strata share: they go forward, and a
# 64-bit read through the halves is consistent. The time CSR needs the CLINT's clock, which
# QEMU's spike board does not give the hart: it is tested in virt/time.S.
.include "spike.inc"

# READ64 hi, lo, csr, csrh: a consistent 64-bit read of a counter through its halves.
.macro READ64 hi:req, lo:req, csr:req, csrh:req
.Lagain\@:
    csrr \hi, \csrh
    csrr \lo, \csr
    csrr t6, \csrh
    bne \hi, t6, .Lagain\@
.endm

# WRITE_COUNTER csr, csrh, view: after writing 0x12345 to csr and 0 to csrh, csr and the
# user view count on from 0x12345 (less than 2^20 further when read right after).
.macro WRITE_COUNTER csr:req, csrh:req, view:req
    csrw \csrh, zero
    li a0, 0x12345
    csrw \csr, a0
    csrr a1, \csr
    csrr a2, \view
    li a3, 0x12345
    bltu a1, a3, fail
    bltu a2, a1, fail
    li a3, 0x12345 + (1 << 20)
    bgeu a2, a3, fail
.endm

# FORBIDDEN mode, csr, enable: with mcounteren = enable, in which csr's bit is clear, reading
# csr in mode is an illegal instruction.
.macro FORBIDDEN mode:req, csr:req, enable:req
    li a0, \enable
    csrw mcounteren, a0
    EXPECT_ILLEGAL_IN \mode, csrr a0, \csr
.endm

# FORBIDDEN_IN_U counteren, csr, enable: with every counter allowed but counteren (mcounteren
# or scounteren) = enable, in which csr's bit is clear, reading csr in U-mode is an illegal
# instruction.
.macro FORBIDDEN_IN_U counteren:req, csr:req, enable:req
    li a0, 7
    csrw mcounteren, a0
    csrw scounteren, a0
    li a0, \enable
    csrw \counteren, a0
    EXPECT_ILLEGAL_IN PRV_U, csrr a0, \csr
.endm

    CASE "cycle and instret go forward"
    .irp csr, cycle, instret
    csrr a0, \csr
    li a2, 10000
1:
    addi a2, a2, -1
    bnez a2, 1b
    csrr a1, \csr
    sub a1, a1, a0
    blez a1, fail
    .endr

    CASE "instret counts at least the instructions retired"
    csrr a0, instret
    .rept 50
    nop
    .endr
    csrr a1, instret
    sub a1, a1, a0
    li a2, 51
    bltu a1, a2, fail

    CASE "the high halves read"
    READ64 a0, a1, cycle, cycleh
    READ64 a0, a1, instret, instreth
    READ64 a0, a1, mcycle, mcycleh
    READ64 a0, a1, minstret, minstreth

    CASE "mcycle and minstret take a new value and count on from it"
    .irp pair, "mcycle, mcycleh, cycle", "minstret, minstreth, instret"
    WRITE_COUNTER \pair
    .endr

    CASE "S-mode reads the counters mcounteren allows"
    csrw scounteren, zero
    li a0, 5
    csrw mcounteren, a0
    RUN_IN PRV_S, 1f, 2f
1:
    csrr a0, cycle
    csrr a0, instret
    csrr a0, cycleh
    csrr a0, instreth
.Ls_allowed_ecall:
    ecall
2:
    CHECK_TRAP CAUSE_SUPERVISOR_ECALL, .Ls_allowed_ecall, 0

    CASE "S-mode reading a counter mcounteren forbids: illegal instruction"
    .irp pair, "cycle, 6", "instret, 3", "cycleh, 6", "instreth, 3"
    FORBIDDEN PRV_S, \pair
    .endr

    CASE "U-mode reads the counters mcounteren and scounteren allow"
    li a0, 5
    csrw mcounteren, a0
    csrw scounteren, a0
    RUN_IN PRV_U, 1f, 2f
1:
    csrr a0, cycle
    csrr a0, instret
    csrr a0, cycleh
    csrr a0, instreth
.Lu_allowed_ecall:
    ecall
2:
    CHECK_TRAP CAUSE_USER_ECALL, .Lu_allowed_ecall, 0

    CASE "U-mode reading a counter scounteren forbids: illegal instruction"
    .irp pair, "cycle, 6", "instret, 3", "cycleh, 6", "instreth, 3"
    FORBIDDEN_IN_U scounteren, \pair
    .endr

    CASE "U-mode reading a counter mcounteren forbids: illegal instruction"
    .irp pair, "cycle, 6", "instret, 3", "cycleh, 6", "instreth, 3"
    FORBIDDEN_IN_U mcounteren, \pair
    .endr

    CASE "the M-mode counters are M-mode's only"
    .irp csr, mcycle, minstret, mcycleh, minstreth
    EXPECT_ILLEGAL_IN PRV_S, csrr a0, \csr
    .endr

    TEST_END
