# Zicsr: csrrw, csrrs, csrrc, csrrwi, csrrsi, csrrci (and their aliases csrr, csrw, csrs,
# csrc, csrwi, csrsi, csrci), on mscratch, a CSR with no side effects. rd gets the old value;
# rd = x0 and rd = rs1 work; csrrs/csrrc with rs1 = x0 and csrrsi/csrrci with uimm = 0 do not
# write, so they may read a read-only CSR, while any other write to one is an illegal
# instruction (also when it would write the value already there), as is any unknown CSR
# (the last case: QEMU 7.2 lets csrrs/csrrc with a zero in rs1 != x0 read a read-only CSR; see
# docs/isa-tests.md).
.include "spike.inc"

    CASE "csrrw returns the old value and writes rs1"
    li a1, 0x12345678
    csrw mscratch, a1
    li a2, 0x9abcdef0
    csrrw a0, mscratch, a2
    CHECK a0, 0x12345678
    CHECK_CSR mscratch, 0x9abcdef0

    CASE "csrrw with rd = rs1 swaps"
    li a1, 1
    csrw mscratch, a1
    li a0, 2
    csrrw a0, mscratch, a0
    CHECK a0, 1
    CHECK_CSR mscratch, 2

    CASE "csrrw with rd = x0 writes"
    li a1, 0x55
    csrrw x0, mscratch, a1
    CHECK x0, 0
    CHECK_CSR mscratch, 0x55

    CASE "csrrs sets the bits of rs1"
    li a1, 0xf0f0
    csrw mscratch, a1
    li a2, 0x0ff0
    csrrs a0, mscratch, a2
    CHECK a0, 0xf0f0
    CHECK_CSR mscratch, 0xfff0
    li a2, 0x80000000
    csrs mscratch, a2
    CHECK_CSR mscratch, 0x8000fff0

    CASE "csrrc clears the bits of rs1"
    li a1, 0xf0f0
    csrw mscratch, a1
    li a2, 0x0ff0
    csrrc a0, mscratch, a2
    CHECK a0, 0xf0f0
    CHECK_CSR mscratch, 0xf000
    li a2, -1
    csrc mscratch, a2
    CHECK_CSR mscratch, 0

    CASE "csrrs and csrrc with rs1 = x0 only read"
    li a1, 0x1234
    csrw mscratch, a1
    csrrs a0, mscratch, x0
    CHECK a0, 0x1234
    csrrc a0, mscratch, x0
    CHECK a0, 0x1234
    CHECK_CSR mscratch, 0x1234

    CASE "csrrwi writes the zero-extended 5-bit immediate"
    li a1, -1
    csrw mscratch, a1
    csrrwi a0, mscratch, 31
    CHECK a0, -1
    CHECK_CSR mscratch, 31
    csrrwi a0, mscratch, 0
    CHECK a0, 31
    CHECK_CSR mscratch, 0
    csrwi mscratch, 16
    CHECK_CSR mscratch, 16

    CASE "csrrsi and csrrci set and clear the immediate's bits"
    li a1, 0x100
    csrw mscratch, a1
    csrrsi a0, mscratch, 0x15
    CHECK a0, 0x100
    CHECK_CSR mscratch, 0x115
    csrrci a0, mscratch, 0x05
    CHECK a0, 0x115
    CHECK_CSR mscratch, 0x110
    csrsi mscratch, 1
    csrci mscratch, 0x10
    CHECK_CSR mscratch, 0x101

    CASE "csrrsi and csrrci with uimm = 0 only read"
    li a1, 0x4321
    csrw mscratch, a1
    csrrsi a0, mscratch, 0
    CHECK a0, 0x4321
    csrrci a0, mscratch, 0
    CHECK a0, 0x4321
    CHECK_CSR mscratch, 0x4321

    CASE "CSR writes with rd = x0 through every form"
    csrrw x0, mscratch, x0
    li a1, 6
    csrrs x0, mscratch, a1
    li a1, 2
    csrrc x0, mscratch, a1
    csrrsi x0, mscratch, 8
    csrrci x0, mscratch, 4
    CHECK_CSR mscratch, 8
    csrrwi x0, mscratch, 3
    CHECK_CSR mscratch, 3

    CASE "a read-only CSR reads without a write"
    csrr a0, mhartid
    CHECK a0, 0
    csrrs a0, mvendorid, x0
    csrrc a0, marchid, x0
    csrrsi a0, mimpid, 0
    csrrci a0, mhartid, 0
    csrr a0, cycle
    csrr a0, instreth

    CASE "writing a read-only CSR is an illegal instruction"
    EXPECT_ILLEGAL csrw mvendorid, zero
    EXPECT_ILLEGAL csrw marchid, a1
    EXPECT_ILLEGAL csrw mimpid, a1
    EXPECT_ILLEGAL csrrw a0, mhartid, a1
    EXPECT_ILLEGAL csrrwi a0, mhartid, 0
    EXPECT_ILLEGAL csrrw x0, cycle, a1
    EXPECT_ILLEGAL csrrwi x0, time, 1
    EXPECT_ILLEGAL csrrw a0, instret, x0
    EXPECT_ILLEGAL csrrw a0, cycleh, a1
    EXPECT_ILLEGAL csrrw a0, timeh, a1
    EXPECT_ILLEGAL csrrw a0, instreth, a1

    CASE "setting or clearing bits of a read-only CSR is an illegal instruction"
    li a1, 1
    EXPECT_ILLEGAL csrrs a0, mhartid, a1
    EXPECT_ILLEGAL csrrc a0, mvendorid, a1
    EXPECT_ILLEGAL csrrsi a0, mhartid, 1
    EXPECT_ILLEGAL csrrci a0, cycle, 1

    CASE "a failed CSR instruction writes neither rd nor the CSR"
    li a0, 0x77
    li a1, 5
    EXPECT_ILLEGAL csrrw a0, mhartid, a1
    CHECK a0, 0x77
    CHECK_CSR mhartid, 0

    CASE "an unknown CSR is an illegal instruction"
    EXPECT_ILLEGAL csrr a0, 0x7c0
    EXPECT_ILLEGAL csrw 0x7c0, a1
    EXPECT_ILLEGAL csrr a0, 0x5c0
    EXPECT_ILLEGAL csrr a0, 0xfc0
    EXPECT_ILLEGAL csrrs a0, 0x8c0, x0
    EXPECT_ILLEGAL csrrsi a0, 0xcc0, 0

    CASE "F's CSRs do not exist without F"
    EXPECT_ILLEGAL csrr a0, fflags
    EXPECT_ILLEGAL csrr a0, frm
    EXPECT_ILLEGAL csrw fcsr, a1

    CASE "H's CSRs do not exist without H"
    EXPECT_ILLEGAL csrr a0, mtinst
    EXPECT_ILLEGAL csrr a0, mtval2
    EXPECT_ILLEGAL csrr a0, 0x600

    CASE "csrrs/csrrc with rs1 != x0 write even when rs1 holds zero"
    li a1, 0
    EXPECT_ILLEGAL csrrs a0, mhartid, a1
    EXPECT_ILLEGAL csrrc a0, mvendorid, a1
    EXPECT_ILLEGAL csrrs a0, cycle, a1

    TEST_END
