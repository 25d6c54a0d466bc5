# Page faults delegated to S-mode, as an operating system takes them: a load, store/AMO or
# instruction page fault from U-mode or S-mode goes to stvec (run through the page tables)
# with scause, sepc and stval = the virtual address; without delegation it goes to M-mode.
.include "spike.inc"
.include "sv32.inc"

.equ VA, TEST_VA
.equ PAGE_FAULTS, (1 << CAUSE_FETCH_PAGE_FAULT) | (1 << CAUSE_LOAD_PAGE_FAULT) | (1 << CAUSE_STORE_PAGE_FAULT)

# DELEGATE_PAGE_FAULTS: medeleg delegates the three page faults. Changes t0.
.macro DELEGATE_PAGE_FAULTS
    li t0, PAGE_FAULTS
    csrs medeleg, t0
.endm

# IN_MODE_TO_S mode, snippet, cause, tval: the snippet faults at its first instruction in mode;
# the fault goes to S-mode with cause and tval (and from there to M-mode by the handler's
# ecall).
.macro IN_MODE_TO_S mode:req, snippet:req, cause:req, tval:req
    RUN_IN \mode, \snippet, .Lback\@
.Lback\@:
    CHECK_STRAP \cause, \snippet, \tval
    CHECK_TRAP CAUSE_SUPERVISOR_ECALL, trap_s_ecall, 0
.endm

    CASE "a load page fault from U-mode goes to S-mode"
    SV32_SETUP
    DELEGATE_PAGE_FAULTS
    MAP VA, test_pages, DATA_FLAGS | PTE_R
    li s1, VA + 0x40
    IN_MODE_TO_S PRV_U, u_load, CAUSE_LOAD_PAGE_FAULT, VA + 0x40
    CHECK_TRAP_STATUS strap, MSTATUS_SPP, 0

    CASE "a store page fault from U-mode goes to S-mode"
    SV32_SETUP
    DELEGATE_PAGE_FAULTS
    MAP VA, test_pages, DATA_FLAGS | PTE_U | PTE_R
    li s1, VA + 0x44
    IN_MODE_TO_S PRV_U, u_store, CAUSE_STORE_PAGE_FAULT, VA + 0x44

    CASE "an AMO page fault from U-mode goes to S-mode as a store page fault"
    SV32_SETUP
    DELEGATE_PAGE_FAULTS
    MAP VA, test_pages, DATA_FLAGS | PTE_U | PTE_R
    li s1, VA
    IN_MODE_TO_S PRV_U, u_amo, CAUSE_STORE_PAGE_FAULT, VA

    CASE "an instruction page fault from U-mode goes to S-mode"
    SV32_SETUP
    DELEGATE_PAGE_FAULTS
    li s1, VA + 0x100
    RUN_IN PRV_U, u_jump, 1f
1:
    CHECK_STRAP CAUSE_FETCH_PAGE_FAULT, VA + 0x100, VA + 0x100

    CASE "a page fault in S-mode goes to S-mode, SPP = S"
    SV32_SETUP
    DELEGATE_PAGE_FAULTS
    MAP VA, test_pages, DATA_FLAGS | PTE_U | PTE_R | PTE_W
    li s1, VA
    IN_MODE_TO_S PRV_S, s_load, CAUSE_LOAD_PAGE_FAULT, VA
    CHECK_TRAP_STATUS strap, MSTATUS_SPP, MSTATUS_SPP

    CASE "a page fault that is not delegated goes to M-mode"
    SV32_SETUP
    li t0, (1 << CAUSE_LOAD_PAGE_FAULT) | (1 << CAUSE_FETCH_PAGE_FAULT)
    csrs medeleg, t0
    MAP VA, test_pages, DATA_FLAGS | PTE_U | PTE_R
    li s1, VA
    IN_MODE_EXPECT PRV_U, u_store, CAUSE_STORE_PAGE_FAULT, VA
    CHECK_NO_TRAP strap

    CASE "a page fault of MPRV in M-mode stays in M-mode"
    SV32_SETUP
    DELEGATE_PAGE_FAULTS
    MAP VA, test_pages, DATA_FLAGS | PTE_R
    li a1, VA
    ARM 2f
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
1:
    lw a0, 0(a1)
    FAIL_HERE
2:
    CHECK_TRAP CAUSE_LOAD_PAGE_FAULT, 1b, VA
    CHECK_NO_TRAP strap

    TEST_END
