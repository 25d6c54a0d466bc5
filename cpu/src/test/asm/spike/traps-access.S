# Access faults: a fetch, load or store where no memory or device answers raises the
# instruction, load or store/AMO access fault, with mtval the address; the load's rd is not
# written, the store writes nothing; a fetch fault is taken at the target (mepc = mtval = the
# target) after the jump completed. An AMO raises the store/AMO access fault (the last case:
# QEMU 7.2 raises the load one instead; see docs/isa-tests.md).
.include "spike.inc"

    CASE "loads from an unmapped address: load access fault"
    li a1, UNMAPPED
    li a0, 0x77
    EXPECT_TRAP CAUSE_LOAD_ACCESS, UNMAPPED, lw a0, 0(a1)
    EXPECT_TRAP CAUSE_LOAD_ACCESS, UNMAPPED + 4, lw a0, 4(a1)
    EXPECT_TRAP CAUSE_LOAD_ACCESS, UNMAPPED + 2, lh a0, 2(a1)
    EXPECT_TRAP CAUSE_LOAD_ACCESS, UNMAPPED + 6, lhu a0, 6(a1)
    EXPECT_TRAP CAUSE_LOAD_ACCESS, UNMAPPED + 1, lb a0, 1(a1)
    EXPECT_TRAP CAUSE_LOAD_ACCESS, UNMAPPED + 3, lbu a0, 3(a1)
    EXPECT_TRAP CAUSE_LOAD_ACCESS, UNMAPPED - 4, lw a0, -4(a1)
    CHECK a0, 0x77

    CASE "stores to an unmapped address: store/AMO access fault"
    li a1, UNMAPPED
    EXPECT_TRAP CAUSE_STORE_ACCESS, UNMAPPED, sw a0, 0(a1)
    EXPECT_TRAP CAUSE_STORE_ACCESS, UNMAPPED + 8, sw a0, 8(a1)
    EXPECT_TRAP CAUSE_STORE_ACCESS, UNMAPPED + 2, sh a0, 2(a1)
    EXPECT_TRAP CAUSE_STORE_ACCESS, UNMAPPED + 1, sb a0, 1(a1)

    CASE "a load into x0 still faults"
    li a1, UNMAPPED
    EXPECT_TRAP CAUSE_LOAD_ACCESS, UNMAPPED, lw x0, 0(a1)

    CASE "an access just past the end of RAM faults"
    li a1, RAM_BASE
    la a2, ram_size
    lw a2, 0(a2)
    add a1, a1, a2
    ARM 1f
    lw a0, 0(a1)
    FAIL_HERE
1:
    CHECK_WORD mtrap + TRAP_CAUSE, CAUSE_LOAD_ACCESS
    la a0, mtrap + TRAP_TVAL
    lw a0, 0(a0)
    CHECK_SAME a0, a1
    lw a0, -4(a1)

    CASE "a jump to an unmapped address: instruction access fault at the target"
    li a1, UNMAPPED
    li ra, 0
    ARM 1f
.Ljump:
    jalr ra, 0(a1)
    FAIL_HERE
1:
    CHECK_TRAP CAUSE_FETCH_ACCESS, UNMAPPED, UNMAPPED
    CHECK ra, .Ljump + 4

    CASE "lr.w from an unmapped address: load access fault"
    li a1, UNMAPPED
    EXPECT_TRAP CAUSE_LOAD_ACCESS, UNMAPPED, lr.w a0, (a1)

    CASE "AMOs at an unmapped address: store/AMO access fault"
    li a2, 1
    .irp insn, amoswap.w, amoadd.w, amoxor.w, amoand.w, amoor.w, amomin.w, amomax.w, amominu.w, amomaxu.w
    li a1, UNMAPPED
    EXPECT_TRAP CAUSE_STORE_ACCESS, UNMAPPED, \insn a0, a2, (a1)
    .endr

    TEST_END

.data
# RAM's size on QEMU's spike board (-m default) and on Strata's board for the tests
ram_size:
    .word 0x08000000
