# The A and D bits of Sv32 PTEs, updated by the hardware as QEMU does it: an access through a
# PTE with A = 0 sets A, a store through a PTE with D = 0 sets D (and A), a load or a fetch
# leaves D alone; a faulting access changes neither; superpage leaves in the root table too.
.include "spike.inc"
.include "sv32.inc"

.equ VA, TEST_VA
.equ PRESENT, PTE_V

    CASE "a load through a PTE with A = 0 sets A, not D"
    SV32_SETUP
    MAP VA, test_pages, PRESENT | PTE_R | PTE_W
    li s1, VA
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x11111111
    CHECK_PTE VA, PTE_A | PTE_D, PTE_A

    CASE "a store through a PTE with A = 0 and D = 0 sets both"
    SV32_SETUP
    MAP VA, test_pages, PRESENT | PTE_R | PTE_W
    li s1, VA + 4
    IN_MODE_OK PRV_S, s_store, CAUSE_SUPERVISOR_ECALL
    CHECK_WORD test_pages + 4, 0x22222222
    CHECK_PTE VA, PTE_A | PTE_D, PTE_A | PTE_D

    CASE "a store through a PTE with A = 1 and D = 0 sets D"
    SV32_SETUP
    MAP VA, test_pages, PRESENT | PTE_A | PTE_R | PTE_W
    li s1, VA
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK_PTE VA, PTE_A | PTE_D, PTE_A
    li s1, VA + 8
    IN_MODE_OK PRV_S, s_store, CAUSE_SUPERVISOR_ECALL
    CHECK_PTE VA, PTE_A | PTE_D, PTE_A | PTE_D

    CASE "an AMO sets A and D"
    SV32_SETUP
    MAP VA, test_pages, PRESENT | PTE_R | PTE_W
    li s1, VA
    IN_MODE_OK PRV_S, s_amo, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x11111111
    CHECK_PTE VA, PTE_A | PTE_D, PTE_A | PTE_D

    CASE "a fetch through a PTE with A = 0 sets A, not D"
    SV32_SETUP
    MAP VA, s_code, PRESENT | PTE_X
    RUN_IN PRV_S, VA, 1f
1:
    CHECK_TRAP CAUSE_SUPERVISOR_ECALL, VA, 0
    CHECK_PTE VA, PTE_A | PTE_D, PTE_A

    CASE "U-mode accesses set A and D too"
    SV32_SETUP
    MAP VA, test_pages, PRESENT | PTE_U | PTE_R | PTE_W
    li s1, VA
    IN_MODE_OK PRV_U, u_load, CAUSE_USER_ECALL
    CHECK_PTE VA, PTE_A | PTE_D, PTE_A
    li s1, VA
    IN_MODE_OK PRV_U, u_store, CAUSE_USER_ECALL
    CHECK_PTE VA, PTE_A | PTE_D, PTE_A | PTE_D

    CASE "a store that faults sets neither A nor D"
    SV32_SETUP
    MAP VA, test_pages, PRESENT | PTE_R
    li s1, VA
    IN_MODE_EXPECT PRV_S, s_store, CAUSE_STORE_PAGE_FAULT, VA
    CHECK_PTE VA, PTE_A | PTE_D, 0

    CASE "a load that faults sets neither A nor D"
    SV32_SETUP
    MAP VA, test_pages, PRESENT | PTE_U | PTE_R
    li s1, VA
    IN_MODE_EXPECT PRV_S, s_load, CAUSE_LOAD_PAGE_FAULT, VA
    CHECK_PTE VA, PTE_A | PTE_D, 0

    CASE "a superpage leaf gets A and D in the root table"
    SV32_SETUP
    MAP_MEGA VA, RAM_BASE, PRESENT | PTE_R | PTE_W
    VIA_MEGA s1, test_pages
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x11111111
    CHECK_PTE VA, PTE_A | PTE_D, PTE_A
    VIA_MEGA s1, test_pages + 8
    IN_MODE_OK PRV_S, s_store, CAUSE_SUPERVISOR_ECALL
    CHECK_PTE VA, PTE_A | PTE_D, PTE_A | PTE_D

    CASE "the update leaves the other bits of the PTE alone"
    SV32_SETUP
    MAP VA, test_pages, PRESENT | PTE_R | PTE_W | PTE_G | (1 << 8) | (1 << 9)
    li s1, VA
    IN_MODE_OK PRV_S, s_store, CAUSE_SUPERVISOR_ECALL
    li a0, VA
    call sv32_leaf
    lw a0, 0(a0)
    la a1, test_pages
    srli a1, a1, PAGE_SHIFT
    slli a1, a1, PTE_PPN_SHIFT
    ori a1, a1, PRESENT | PTE_R | PTE_W | PTE_G | PTE_A | PTE_D | (1 << 8) | (1 << 9)
    CHECK_SAME a0, a1

    TEST_END
