# Sv32 translation and its permission checks for S- and U-mode: loads, stores and fetches
# through 4 KiB pages and 4 MiB superpages; R, W and X; invalid and reserved PTEs (V = 0,
# W without R, a level-0 PTE that points further, a misaligned superpage); U pages and U-mode;
# SUM; MXR. A fault is a load, store/AMO or instruction page fault with the virtual address
# in mtval (for a fetch, mepc too); a page that maps nothing physical gives an access fault.
.include "spike.inc"
.include "sv32.inc"

.equ VA, TEST_VA
.equ VA2, TEST_VA + PAGE_SIZE

    CASE "S-mode loads through a readable page"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_R
    li s1, VA
    li s3, 0
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x11111111

    CASE "S-mode stores through a writable page"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_R | PTE_W
    li s1, VA + 8
    IN_MODE_OK PRV_S, s_store, CAUSE_SUPERVISOR_ECALL
    CHECK_WORD test_pages + 8, 0x22222222

    CASE "S-mode runs code from an executable page"
    SV32_SETUP
    MAP VA, s_code, DATA_FLAGS | PTE_X
    RUN_IN PRV_S, VA, 1f
1:
    CHECK_TRAP CAUSE_SUPERVISOR_ECALL, VA, 0

    CASE "the page offset: an access inside the page"
    SV32_SETUP
    MAP VA2, test_pages, DATA_FLAGS | PTE_R | PTE_W
    li s1, VA2 + 0x124
    IN_MODE_OK PRV_S, s_store, CAUSE_SUPERVISOR_ECALL
    CHECK_WORD test_pages + 0x124, 0x22222222

    CASE "a load from a page without R: load page fault"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_X
    li s1, VA + 4
    IN_MODE_EXPECT PRV_S, s_load, CAUSE_LOAD_PAGE_FAULT, VA + 4

    CASE "a store to a page without W: store page fault"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_R | PTE_X
    li s1, VA + 12
    IN_MODE_EXPECT PRV_S, s_store, CAUSE_STORE_PAGE_FAULT, VA + 12
    CHECK_WORD test_pages + 12, 0

    CASE "an AMO on a page without W: store page fault"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_R
    li s1, VA
    IN_MODE_EXPECT PRV_S, s_amo, CAUSE_STORE_PAGE_FAULT, VA
    CHECK_WORD test_pages, 0x11111111

    CASE "a fetch from a page without X: instruction page fault at the target"
    SV32_SETUP
    MAP VA, s_code, DATA_FLAGS | PTE_R | PTE_W
    RUN_IN PRV_S, VA, 1f
1:
    CHECK_TRAP CAUSE_FETCH_PAGE_FAULT, VA, VA

    CASE "a jump to a page without X faults at the target, after linking"
    SV32_SETUP
    MAP VA, s_code, DATA_FLAGS | PTE_R
    li s1, VA
    li ra, 0
    RUN_IN PRV_S, s_jump, 1f
1:
    CHECK_TRAP CAUSE_FETCH_PAGE_FAULT, VA, VA
    CHECK ra, s_jump + 4

    CASE "an invalid PTE (V = 0): page faults for load, store and fetch"
    SV32_SETUP
    MAP VA, test_pages, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D
    li s1, VA
    IN_MODE_EXPECT PRV_S, s_load, CAUSE_LOAD_PAGE_FAULT, VA
    li s1, VA
    IN_MODE_EXPECT PRV_S, s_store, CAUSE_STORE_PAGE_FAULT, VA
    RUN_IN PRV_S, VA, 1f
1:
    CHECK_TRAP CAUSE_FETCH_PAGE_FAULT, VA, VA

    CASE "an invalid root PTE: page fault"
    SV32_SETUP
    li s1, VA2 + 0x400000
    IN_MODE_EXPECT PRV_S, s_load, CAUSE_LOAD_PAGE_FAULT, VA2 + 0x400000

    CASE "W without R is reserved: page faults"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_W
    li s1, VA
    IN_MODE_EXPECT PRV_S, s_load, CAUSE_LOAD_PAGE_FAULT, VA
    li s1, VA
    IN_MODE_EXPECT PRV_S, s_store, CAUSE_STORE_PAGE_FAULT, VA
    MAP VA, test_pages, DATA_FLAGS | PTE_W | PTE_X
    li s1, VA
    IN_MODE_EXPECT PRV_S, s_load, CAUSE_LOAD_PAGE_FAULT, VA

    CASE "a level-0 PTE that points further: page fault"
    SV32_SETUP
    MAP VA, test_pages, PTE_V
    li s1, VA
    IN_MODE_EXPECT PRV_S, s_load, CAUSE_LOAD_PAGE_FAULT, VA

    CASE "a 4 MiB superpage maps 4 MiB"
    SV32_SETUP
    MAP_MEGA VA, RAM_BASE, DATA_FLAGS | PTE_R | PTE_W
    VIA_MEGA s1, test_pages
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x11111111
    VIA_MEGA s1, test_pages + 16
    IN_MODE_OK PRV_S, s_store, CAUSE_SUPERVISOR_ECALL
    CHECK_WORD test_pages + 16, 0x22222222

    CASE "a misaligned superpage: page fault"
    SV32_SETUP
    MAP_MEGA VA, RAM_BASE + PAGE_SIZE, DATA_FLAGS | PTE_R | PTE_W
    li s1, VA
    IN_MODE_EXPECT PRV_S, s_load, CAUSE_LOAD_PAGE_FAULT, VA
    li s1, VA + 0x1000
    IN_MODE_EXPECT PRV_S, s_store, CAUSE_STORE_PAGE_FAULT, VA + 0x1000

    CASE "U-mode loads and stores through U pages"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_U | PTE_R | PTE_W
    li s1, VA
    IN_MODE_OK PRV_U, u_load, CAUSE_USER_ECALL
    CHECK s3, 0x11111111
    li s1, VA + 4
    IN_MODE_OK PRV_U, u_store, CAUSE_USER_ECALL
    CHECK_WORD test_pages + 4, 0x22222222

    CASE "U-mode may not use pages without U"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_R | PTE_W | PTE_X
    li s1, VA
    IN_MODE_EXPECT PRV_U, u_load, CAUSE_LOAD_PAGE_FAULT, VA
    li s1, VA
    IN_MODE_EXPECT PRV_U, u_store, CAUSE_STORE_PAGE_FAULT, VA
    li s1, VA
    RUN_IN PRV_U, u_jump, 1f
1:
    CHECK_TRAP CAUSE_FETCH_PAGE_FAULT, VA, VA

    CASE "U-mode runs code from U pages"
    SV32_SETUP
    IN_MODE_OK PRV_U, u_ecall, CAUSE_USER_ECALL

    CASE "S-mode may not load or store through U pages when SUM = 0"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_U | PTE_R | PTE_W
    li s1, VA
    IN_MODE_EXPECT PRV_S, s_load, CAUSE_LOAD_PAGE_FAULT, VA
    li s1, VA
    IN_MODE_EXPECT PRV_S, s_store, CAUSE_STORE_PAGE_FAULT, VA

    CASE "S-mode loads and stores through U pages when SUM = 1"
    SV32_SETUP
    li t0, MSTATUS_SUM
    csrs mstatus, t0
    MAP VA, test_pages, DATA_FLAGS | PTE_U | PTE_R | PTE_W
    li s1, VA
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x11111111
    li t0, MSTATUS_SUM
    csrs mstatus, t0
    li s1, VA + 20
    IN_MODE_OK PRV_S, s_store, CAUSE_SUPERVISOR_ECALL
    CHECK_WORD test_pages + 20, 0x22222222

    CASE "S-mode never executes from U pages, even when SUM = 1"
    SV32_SETUP
    li t0, MSTATUS_SUM
    csrs mstatus, t0
    MAP VA, s_code, DATA_FLAGS | PTE_U | PTE_R | PTE_X
    RUN_IN PRV_S, VA, 1f
1:
    CHECK_TRAP CAUSE_FETCH_PAGE_FAULT, VA, VA

    CASE "MXR = 1: loads from execute-only pages, in S-mode and U-mode"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_X
    MAP VA2, test_pages, DATA_FLAGS | PTE_X | PTE_U
    li t0, MSTATUS_MXR
    csrs mstatus, t0
    li s1, VA
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x11111111
    li t0, MSTATUS_MXR
    csrs mstatus, t0
    li s1, VA2
    li s3, 0
    IN_MODE_OK PRV_U, u_load, CAUSE_USER_ECALL
    CHECK s3, 0x11111111

    CASE "MXR = 1 does not allow stores to execute-only pages"
    SV32_SETUP
    MAP VA, test_pages, DATA_FLAGS | PTE_X
    li t0, MSTATUS_MXR
    csrs mstatus, t0
    li s1, VA
    IN_MODE_EXPECT PRV_S, s_store, CAUSE_STORE_PAGE_FAULT, VA

    CASE "satp in Bare mode: S-mode uses physical addresses"
    SV32_SETUP
    csrw satp, zero
    sfence.vma
    la s1, test_pages
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x11111111

    CASE "a page that maps no memory: access fault with the virtual address"
    SV32_SETUP
    MAP VA, UNMAPPED, DATA_FLAGS | PTE_R | PTE_W | PTE_X
    li s1, VA + 8
    IN_MODE_EXPECT PRV_S, s_load, CAUSE_LOAD_ACCESS, VA + 8
    li s1, VA + 8
    IN_MODE_EXPECT PRV_S, s_store, CAUSE_STORE_ACCESS, VA + 8
    RUN_IN PRV_S, VA + 16, 1f
1:
    CHECK_TRAP CAUSE_FETCH_ACCESS, VA + 16, VA + 16

    TEST_END
