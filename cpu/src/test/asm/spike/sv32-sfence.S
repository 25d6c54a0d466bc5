# sfence.vma and the TLB: after a page-table entry changes, sfence.vma (all, by address, by
# ASID, by both) makes the hart use the new entry, whether the old one was cached or not; a
# new satp (an ASID not used before, or Bare) takes effect; sfence.vma works in S-mode
# (TVM = 0). Each case first uses the old mapping, so that a TLB holds it.
.include "spike.inc"
.include "sv32.inc"

.equ VA, TEST_VA

# REMAP_QUIETLY va, pa: points the level-0 PTE of va at pa (R, W), without any sfence.vma.
# Changes a0-a3, t0-t2, ra.
.macro REMAP_QUIETLY va:req, pa:req
    li a0, \va
    call sv32_leaf
    la a1, \pa
    srli a1, a1, PAGE_SHIFT
    slli a1, a1, PTE_PPN_SHIFT
    ori a1, a1, DATA_FLAGS | PTE_R | PTE_W
    sw a1, 0(a0)
.endm

# TWO_PAGES: a fresh address space where VA maps the first test page (0x11111111) and the
# second test page holds 0x33333333; S-mode has loaded through VA once.
.macro TWO_PAGES
    SV32_SETUP
    la a0, test_pages + PAGE_SIZE
    li a1, 0x33333333
    sw a1, 0(a0)
    MAP VA, test_pages, DATA_FLAGS | PTE_R | PTE_W
    li s1, VA
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x11111111
.endm

    CASE "sfence.vma with x0, x0 flushes everything"
    TWO_PAGES
    REMAP_QUIETLY VA, test_pages + PAGE_SIZE
    sfence.vma x0, x0
    li s1, VA
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x33333333

    CASE "sfence.vma with the address flushes that page"
    TWO_PAGES
    REMAP_QUIETLY VA, test_pages + PAGE_SIZE
    li a0, VA + 0x10
    sfence.vma a0, x0
    li s1, VA
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x33333333

    CASE "sfence.vma with the ASID flushes that address space"
    TWO_PAGES
    REMAP_QUIETLY VA, test_pages + PAGE_SIZE
    li a0, 0
    sfence.vma x0, a0
    li s1, VA
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x33333333

    CASE "sfence.vma with address and ASID flushes that page of that space"
    TWO_PAGES
    REMAP_QUIETLY VA, test_pages + PAGE_SIZE
    li a0, VA
    li a1, 0
    sfence.vma a0, a1
    li s1, VA
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x33333333

    CASE "sfence.vma in S-mode flushes"
    TWO_PAGES
    REMAP_QUIETLY VA, test_pages + PAGE_SIZE
    li s1, VA
    RUN_IN PRV_S, 1f, 2f
1:
    sfence.vma s1, x0
    lw s3, 0(s1)
    ecall
2:
    CHECK_WORD mtrap + TRAP_CAUSE, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x33333333

    CASE "a page made invalid faults after sfence.vma"
    TWO_PAGES
    PTE_CLEAR VA, PTE_V
    li s1, VA
    IN_MODE_EXPECT PRV_S, s_load, CAUSE_LOAD_PAGE_FAULT, VA

    CASE "a page made read-only faults on a store after sfence.vma"
    TWO_PAGES
    li s1, VA
    IN_MODE_OK PRV_S, s_store, CAUSE_SUPERVISOR_ECALL
    PTE_CLEAR VA, PTE_W
    li s1, VA
    IN_MODE_EXPECT PRV_S, s_store, CAUSE_STORE_PAGE_FAULT, VA

    CASE "a superpage replaced by a table is flushed by address"
    SV32_SETUP
    MAP_MEGA VA, RAM_BASE, DATA_FLAGS | PTE_R
    VIA_MEGA s1, test_pages
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x11111111
    la a0, test_pages + PAGE_SIZE
    li a1, 0x44444444
    sw a1, 0(a0)
    la a0, root + (VA >> 22) * PTE_SIZE
    sw zero, 0(a0)
    # a level-0 table for VA's 4 MiB in which the page that held test_pages maps the next one
    VIA_MEGA a0, test_pages
    la a1, test_pages + PAGE_SIZE
    li a2, DATA_FLAGS | PTE_R
    call sv32_map
    VIA_MEGA s1, test_pages
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x44444444

    CASE "satp with an ASID not used before sees the current page tables without a fence"
    TWO_PAGES
    REMAP_QUIETLY VA, test_pages + PAGE_SIZE
    csrr a0, satp
    li a1, 1 << SATP_ASID_SHIFT
    or a0, a0, a1
    csrw satp, a0
    li s1, VA
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x33333333

    CASE "satp set to Bare turns translation off at once"
    TWO_PAGES
    csrw satp, zero
    la s1, test_pages + PAGE_SIZE
    IN_MODE_OK PRV_S, s_load, CAUSE_SUPERVISOR_ECALL
    CHECK s3, 0x33333333

    TEST_END
