# mstatus.MPRV: M-mode loads and stores are translated and checked as if in the mode MPP
# names (with SUM and MXR), when that mode is S or U and paging is on; instruction fetch
# stays untranslated; MPP = M means no translation. Faults are page faults taken in M-mode,
# at the M-mode instruction.
.include "spike.inc"
.include "sv32.inc"

.equ VA, TEST_VA

# WITH_MPRV mode: MPRV = 1 and MPP = mode. Changes t0.
.macro WITH_MPRV mode:req
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPRV | ((\mode) << MPP_SHIFT)
    csrs mstatus, t0
.endm

# EXPECT_TRAP_WITH_MPRV mode, cause, tval, insn: with MPRV = 1 and MPP = mode (set after
# arming: the harness's own stores are not translated then), insn traps with cause and tval.
.macro EXPECT_TRAP_WITH_MPRV mode:req, cause:req, tval:req, insn:vararg
    ARM .Lresume\@
    WITH_MPRV \mode
.Ltrapping\@:
    \insn
    FAIL_HERE
.Lresume\@:
    CHECK_TRAP \cause, .Ltrapping\@, \tval
.endm

    CASE "MPRV with MPP = S: M-mode loads and stores are translated"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_R | PTE_W
    li a1, VA
    WITH_MPRV PRV_S
    lw a0, 0(a1)
    sw s2, 4(a1)
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
    CHECK a0, 0x11111111
    CHECK_WORD test_pages + 4, 0x22222222

    CASE "MPRV with MPP = U: a page without U faults in M-mode"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_R | PTE_W
    li a1, VA
    EXPECT_TRAP_WITH_MPRV PRV_U, CAUSE_LOAD_PAGE_FAULT, VA, lw a0, 0(a1)
    EXPECT_TRAP_WITH_MPRV PRV_U, CAUSE_STORE_PAGE_FAULT, VA + 8, sw a0, 8(a1)
    CHECK_TRAP_STATUS mtrap, MSTATUS_MPP, PRV_M << MPP_SHIFT

    CASE "MPRV with MPP = U: U pages are accessible"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_U | PTE_R | PTE_W
    li a1, VA
    WITH_MPRV PRV_U
    lw a0, 0(a1)
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
    CHECK a0, 0x11111111

    CASE "MPRV with MPP = S honours SUM"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_U | PTE_R | PTE_W
    li a1, VA
    EXPECT_TRAP_WITH_MPRV PRV_S, CAUSE_LOAD_PAGE_FAULT, VA, lw a0, 0(a1)
    li t0, MSTATUS_SUM
    csrs mstatus, t0
    WITH_MPRV PRV_S
    lw a0, 0(a1)
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
    CHECK a0, 0x11111111

    CASE "MPRV honours MXR"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_X
    li a1, VA
    EXPECT_TRAP_WITH_MPRV PRV_S, CAUSE_LOAD_PAGE_FAULT, VA, lw a0, 0(a1)
    li t0, MSTATUS_MXR
    csrs mstatus, t0
    WITH_MPRV PRV_S
    lw a0, 0(a1)
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
    CHECK a0, 0x11111111

    CASE "MPRV with MPP = M: no translation"
    SV32_SETUP
    la a1, test_pages
    WITH_MPRV PRV_M
    lw a0, 0(a1)
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
    CHECK a0, 0x11111111

    CASE "MPRV leaves instruction fetch untranslated"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_R | PTE_W
    li a1, VA
    WITH_MPRV PRV_U
    # this code is on S pages: fetched through the translation as U-mode, it would fault
    nop
    li t0, MSTATUS_MPRV
    csrc mstatus, t0

    CASE "MPRV sets A and D like the mode it stands for"
    SV32_SETUP
    MAP VA, test_pages, PTE_V | PTE_R | PTE_W
    li a1, VA
    WITH_MPRV PRV_S
    sw s2, 0(a1)
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
    CHECK_PTE VA, PTE_A | PTE_D, PTE_A | PTE_D

    CASE "MPRV has no effect with paging off"
    la a1, word
    WITH_MPRV PRV_U
    lw a0, 0(a1)
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
    CHECK a0, 0x5a5a5a5a

    TEST_END

.data
word:
    .word 0x5a5a5a5a
