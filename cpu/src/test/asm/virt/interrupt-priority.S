# The order in which pending and enabled interrupts are taken: MEI, MSI, MTI, SEI, SSI, STI,
# as the privileged specification orders them. The cases before the last take pairs whose
# order QEMU 7.2 gets right; the last takes all six in turn, which QEMU does not (it takes
# the lowest-numbered first; see docs/isa-tests.md).
.include "virt.inc"

.equ LATER, 10000000

# TAKE_NEXT irq: enables interrupts in M-mode; the interrupt taken first is irq.
.macro TAKE_NEXT irq:req
    ARM .Ltaken\@
    csrsi mstatus, MSTATUS_MIE
    FAIL_HERE
.Ltaken\@:
    CHECK_WORD mtrap + TRAP_CAUSE, CAUSE_INTERRUPT | (\irq)
.endm

# PENDING_TIMER: MTIP pending (mtimecmp = now). Changes t4, t5, t6.
.macro PENDING_TIMER
    SET_TIMER 0
    WAIT_PENDING MIP_MTIP
.endm

    CASE "MSI before MTI"
    SOFTWARE_INTERRUPT 1
    PENDING_TIMER
    MIE_SET MIP_MSIP | MIP_MTIP
    TAKE_NEXT IRQ_MSI
    SOFTWARE_INTERRUPT 0
    TAKE_NEXT IRQ_MTI

    CASE "MSI before STI, SSI before STI"
    SOFTWARE_INTERRUPT 1
    MIP_SET MIP_SSIP | MIP_STIP
    MIE_SET MIP_MSIP | MIP_STIP
    TAKE_NEXT IRQ_MSI
    SOFTWARE_INTERRUPT 0
    MIE_SET MIP_SSIP
    TAKE_NEXT IRQ_SSI
    MIP_CLEAR MIP_SSIP
    TAKE_NEXT IRQ_STI

    CASE "MTI before SEI"
    PLIC_QUIET
    PLIC_SOURCE 1
    PLIC_CONTEXT 1, 1, 0
    UART_THR_INTERRUPT 1
    PENDING_TIMER
    MIE_SET MIP_MTIP | MIP_SEIP
    TAKE_NEXT IRQ_MTI
    SET_TIMER LATER
    TAKE_NEXT IRQ_SEI
    PLIC_QUIET

    CASE "MEI, MSI, MTI, SEI, SSI, STI, one after the other"
    PLIC_QUIET
    PLIC_SOURCE 1
    PLIC_CONTEXT 0, 1, 0
    PLIC_CONTEXT 1, 1, 0
    UART_THR_INTERRUPT 1
    SOFTWARE_INTERRUPT 1
    PENDING_TIMER
    MIP_SET MIP_SSIP | MIP_STIP
    MIE_SET MIP_MEIP | MIP_MSIP | MIP_MTIP | MIP_SEIP | MIP_SSIP | MIP_STIP
    TAKE_NEXT IRQ_MEI
    PLIC_CONTEXT 0, 0, 0
    TAKE_NEXT IRQ_MSI
    SOFTWARE_INTERRUPT 0
    TAKE_NEXT IRQ_MTI
    SET_TIMER LATER
    TAKE_NEXT IRQ_SEI
    PLIC_CONTEXT 1, 0, 0
    TAKE_NEXT IRQ_SSI
    MIP_CLEAR MIP_SSIP
    TAKE_NEXT IRQ_STI
    PLIC_QUIET

    TEST_END
