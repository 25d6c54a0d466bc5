# Interrupts from the CLINT (the timer, MTIP; the software interrupt, MSIP) and from software
# (SSIP, STIP written in mip): when they are pending, when they are taken (mie, mstatus.MIE and
# SIE, the current mode), delegation to S-mode through mideleg, wfi, the vectored trap mode.
# Interrupts from the PLIC are in interrupts-plic.S, the order in which pending interrupts are
# taken in interrupt-priority.S.
.include "virt.inc"

# a timer deadline far enough ahead that it has not passed when the next few instructions
# look (a second)
.equ LATER, 10000000
# a deadline soon reached (0.2 ms)
.equ SOON, 2000

    CASE "MTIP is pending once mtime reaches mtimecmp"
    SET_TIMER LATER
    CHECK_CSR_MASKED mip, MIP_MTIP, 0
    SET_TIMER SOON
    WAIT_PENDING MIP_MTIP

    CASE "MTIP follows mtimecmp and cannot be cleared in mip"
    SET_TIMER 0
    WAIT_PENDING MIP_MTIP
    MIP_CLEAR MIP_MTIP
    CHECK_CSR_MASKED mip, MIP_MTIP, MIP_MTIP
    SET_TIMER LATER
    CHECK_CSR_MASKED mip, MIP_MTIP, 0

    CASE "mtimecmp reads back"
    li a0, CLINT_MTIMECMP
    li a1, 0x12345678
    sw a1, 0(a0)
    li a1, 0x7fffffff
    sw a1, 4(a0)
    lw a1, 0(a0)
    CHECK a1, 0x12345678
    lw a1, 4(a0)
    CHECK a1, 0x7fffffff

    CASE "a pending timer interrupt is taken when MTIE and MIE are set"
    SET_TIMER 0
    WAIT_PENDING MIP_MTIP
    MIE_SET MIP_MTIP
    ARM 1f
    csrsi mstatus, MSTATUS_MIE
.Ltaken:
    FAIL_HERE
1:
    CHECK_INTERRUPT mtrap, IRQ_MTI, .Ltaken
    CHECK_TRAP_STATUS mtrap, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP, MSTATUS_MPIE | MSTATUS_MPP

    CASE "wfi waits for the timer interrupt"
    SET_TIMER SOON
    MIE_SET MIP_MTIP
    ARM 2f
    csrsi mstatus, MSTATUS_MIE
1:
    wfi
    j 1b
2:
    CHECK_WORD mtrap + TRAP_COUNT, 1
    CHECK_WORD mtrap + TRAP_CAUSE, CAUSE_INTERRUPT | IRQ_MTI

    CASE "wfi with MIE = 0 returns once the interrupt is pending, without a trap"
    SET_TIMER SOON
    MIE_SET MIP_MTIP
    ARM fail
1:
    wfi
    csrr a0, mip
    andi a0, a0, MIP_MTIP
    beqz a0, 1b
    DISARM
    CHECK_NO_TRAP mtrap

    CASE "an interrupt whose mie bit is clear is not taken"
    SET_TIMER 0
    WAIT_PENDING MIP_MTIP
    MIE_SET MIP_MSIP
    ARM fail
    csrsi mstatus, MSTATUS_MIE
    .rept 8
    nop
    .endr
    csrci mstatus, MSTATUS_MIE
    DISARM
    CHECK_NO_TRAP mtrap

    CASE "msip raises and lowers MSIP"
    SOFTWARE_INTERRUPT 1
    CHECK_CSR_MASKED mip, MIP_MSIP, MIP_MSIP
    CHECK_WORD CLINT_MSIP, 1
    SOFTWARE_INTERRUPT 0
    CHECK_CSR_MASKED mip, MIP_MSIP, 0
    CHECK_WORD CLINT_MSIP, 0

    CASE "MSIP cannot be written in mip"
    MIP_SET MIP_MSIP
    CHECK_CSR_MASKED mip, MIP_MSIP, 0
    SOFTWARE_INTERRUPT 1
    MIP_CLEAR MIP_MSIP
    CHECK_CSR_MASKED mip, MIP_MSIP, MIP_MSIP

    CASE "the software interrupt is taken"
    SOFTWARE_INTERRUPT 1
    MIE_SET MIP_MSIP
    ARM 1f
    csrsi mstatus, MSTATUS_MIE
.Lsoftware:
    FAIL_HERE
1:
    CHECK_INTERRUPT mtrap, IRQ_MSI, .Lsoftware

    CASE "M-mode interrupts are taken in U-mode and S-mode whatever MIE"
    SOFTWARE_INTERRUPT 1
    MIE_SET MIP_MSIP
    RUN_IN PRV_U, 1f, 2f
1:
    j 1b
2:
    CHECK_INTERRUPT mtrap, IRQ_MSI, 1b
    CHECK_TRAP_STATUS mtrap, MSTATUS_MPP, PRV_U << MPP_SHIFT
    RUN_IN PRV_S, 3f, 4f
3:
    j 3b
4:
    CHECK_INTERRUPT mtrap, IRQ_MSI, 3b
    CHECK_TRAP_STATUS mtrap, MSTATUS_MPP, PRV_S << MPP_SHIFT

    CASE "mtvec in vectored mode: interrupt n goes to base + 4n, exceptions to base"
    la t0, vectors
    ori t0, t0, 1
    csrw mtvec, t0
    li a5, -1
    EXPECT_TRAP CAUSE_MACHINE_ECALL, 0, ecall
    CHECK a5, 0
    SOFTWARE_INTERRUPT 1
    MIE_SET MIP_MSIP
    ARM 1f
    csrsi mstatus, MSTATUS_MIE
    FAIL_HERE
1:
    CHECK a5, IRQ_MSI
    SOFTWARE_INTERRUPT 0
    SET_TIMER 0
    MIE_SET MIP_MTIP
    ARM 2f
    csrsi mstatus, MSTATUS_MIE
3:
    j 3b
2:
    CHECK a5, IRQ_MTI
    CHECK_WORD mtrap + TRAP_CAUSE, CAUSE_INTERRUPT | IRQ_MTI

    CASE "a delegated timer interrupt (STIP) goes to S-mode"
    MIDELEG_SET MIP_STIP
    MIE_SET MIP_STIP
    MIP_SET MIP_STIP
    csrsi mstatus, MSTATUS_SIE
    RUN_IN PRV_S, 1f, 2f
1:
    j 1b
2:
    CHECK_INTERRUPT strap, IRQ_STI, 1b
    CHECK_TRAP_STATUS strap, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE, MSTATUS_SPP | MSTATUS_SPIE

    CASE "a delegated interrupt is never taken in M-mode"
    MIDELEG_SET MIP_SSIP
    MIE_SET MIP_SSIP
    MIP_SET MIP_SSIP
    ARM fail
    csrsi mstatus, MSTATUS_MIE | MSTATUS_SIE
    .rept 8
    nop
    .endr
    csrci mstatus, MSTATUS_MIE | MSTATUS_SIE
    DISARM
    CHECK_NO_TRAP mtrap
    CHECK_NO_TRAP strap

    CASE "a delegated interrupt is taken in U-mode whatever SIE"
    MIDELEG_SET MIP_SSIP
    MIE_SET MIP_SSIP
    MIP_SET MIP_SSIP
    RUN_IN PRV_U, 1f, 2f
1:
    j 1b
2:
    CHECK_INTERRUPT strap, IRQ_SSI, 1b
    CHECK_TRAP_STATUS strap, MSTATUS_SPP, 0

    CASE "a delegated interrupt waits in S-mode until SIE is set"
    MIDELEG_SET MIP_SSIP
    MIE_SET MIP_SSIP
    MIP_SET MIP_SSIP
    RUN_IN PRV_S, 1f, 2f
1:
    nop
    nop
    csrsi sstatus, MSTATUS_SIE
.Lsie_set:
    j .Lsie_set
2:
    CHECK_INTERRUPT strap, IRQ_SSI, .Lsie_set

    CASE "S-mode raises its software interrupt through sip"
    MIDELEG_SET MIP_SSIP
    MIE_SET MIP_SSIP
    csrsi mstatus, MSTATUS_SIE
    RUN_IN PRV_S, 1f, 2f
1:
    csrsi sip, MIP_SSIP
.Lsip_set:
    j .Lsip_set
2:
    CHECK_INTERRUPT strap, IRQ_SSI, .Lsip_set

    CASE "an S-level interrupt that is not delegated goes to M-mode"
    MIE_SET MIP_SSIP
    MIP_SET MIP_SSIP
    RUN_IN PRV_S, 1f, 2f
1:
    j 1b
2:
    CHECK_INTERRUPT mtrap, IRQ_SSI, 1b
    CHECK_NO_TRAP strap

    CASE "in S-mode, a pending M-mode interrupt comes before a delegated one"
    MIDELEG_SET MIP_SSIP
    MIP_SET MIP_SSIP
    SOFTWARE_INTERRUPT 1
    MIE_SET MIP_MSIP | MIP_SSIP
    csrsi mstatus, MSTATUS_SIE
    RUN_IN PRV_S, 1f, 2f
1:
    j 1b
2:
    CHECK_INTERRUPT mtrap, IRQ_MSI, 1b
    CHECK_NO_TRAP strap

    TEST_END

# the vectored trap table: entry n puts n in a5 and goes on to the harness's handler
.align 6
vectors:
    .irp n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
    j vector_\n
    .endr
    .irp n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
vector_\n:
    li a5, \n
    j trap_m
    .endr
