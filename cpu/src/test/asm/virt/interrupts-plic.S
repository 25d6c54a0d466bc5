# External interrupts through the PLIC, with the UART as the source (number 10): its
# transmitter-empty interrupt (IER.THRI) raises the source; the PLIC's pending bit, priority,
# enable bits and threshold decide MEIP (context 0, M-mode) and SEIP (context 1, S-mode);
# claim (which alone clears a pending bit, as on QEMU) and complete; the interrupt taken in
# M-mode and, delegated, in S-mode; SEIP as the OR of the PLIC's line and the bit M-mode
# writes, of which only the written bit takes part in csrs and csrc.
.include "virt.inc"

    CASE "the UART's transmitter-empty interrupt: IIR says so, and reading IIR ends it"
    PLIC_QUIET
    CHECK_BYTE UART_BASE + UART_IIR, UART_IIR_NO_INT
    UART_THR_INTERRUPT 1
    CHECK_BYTE UART_BASE + UART_IIR, UART_IIR_THRI
    CHECK_BYTE UART_BASE + UART_IIR, UART_IIR_NO_INT
    PLIC_QUIET

    CASE "the UART's line sets the PLIC's pending bit, which stays until claimed"
    PLIC_QUIET
    CHECK_PLIC_PENDING 0
    UART_THR_INTERRUPT 1
    CHECK_PLIC_PENDING 1
    UART_THR_INTERRUPT 0
    CHECK_PLIC_PENDING 1
    PLIC_SOURCE 1
    PLIC_CONTEXT 0, 1, 0
    CLAIM a0, 0
    CHECK a0, UART_IRQ
    CHECK_PLIC_PENDING 0
    COMPLETE a0, 0
    PLIC_QUIET

    CASE "enabled with a priority above the threshold, the source raises MEIP"
    PLIC_QUIET
    PLIC_SOURCE 1
    PLIC_CONTEXT 0, 1, 0
    UART_THR_INTERRUPT 1
    CHECK_CSR_MASKED mip, MIP_MEIP | MIP_SEIP, MIP_MEIP
    PLIC_QUIET
    CHECK_CSR_MASKED mip, MIP_MEIP | MIP_SEIP, 0

    CASE "a threshold at or above the priority masks the source"
    PLIC_QUIET
    PLIC_SOURCE 3
    PLIC_CONTEXT 0, 1, 3
    UART_THR_INTERRUPT 1
    CHECK_CSR_MASKED mip, MIP_MEIP, 0
    PLIC_CONTEXT 0, 1, 2
    CHECK_CSR_MASKED mip, MIP_MEIP, MIP_MEIP
    PLIC_QUIET

    CASE "clearing the enable bit lowers MEIP and SEIP"
    PLIC_QUIET
    PLIC_SOURCE 1
    PLIC_CONTEXT 0, 1, 0
    PLIC_CONTEXT 1, 1, 0
    UART_THR_INTERRUPT 1
    CHECK_CSR_MASKED mip, MIP_MEIP | MIP_SEIP, MIP_MEIP | MIP_SEIP
    PLIC_CONTEXT 0, 0, 0
    CHECK_CSR_MASKED mip, MIP_MEIP | MIP_SEIP, MIP_SEIP
    PLIC_CONTEXT 1, 0, 0
    CHECK_CSR_MASKED mip, MIP_MEIP | MIP_SEIP, 0
    PLIC_CONTEXT 1, 1, 0
    CHECK_CSR_MASKED mip, MIP_MEIP | MIP_SEIP, MIP_SEIP
    PLIC_QUIET

    CASE "setting and clearing other bits of mip does not latch the PLIC's SEIP"
    PLIC_QUIET
    PLIC_SOURCE 1
    PLIC_CONTEXT 1, 1, 0
    UART_THR_INTERRUPT 1
    CHECK_CSR_MASKED mip, MIP_SEIP, MIP_SEIP
    MIP_SET MIP_SSIP | MIP_STIP
    MIP_CLEAR MIP_STIP
    PLIC_CONTEXT 1, 0, 0
    CHECK_CSR_MASKED mip, MIP_SEIP | MIP_STIP | MIP_SSIP, MIP_SSIP
    PLIC_QUIET

    CASE "SEIP written by M-mode and SEIP from the PLIC add up"
    PLIC_QUIET
    MIP_SET MIP_SEIP
    CHECK_CSR_MASKED mip, MIP_SEIP, MIP_SEIP
    PLIC_SOURCE 1
    PLIC_CONTEXT 1, 1, 0
    UART_THR_INTERRUPT 1
    MIP_CLEAR MIP_SEIP
    CHECK_CSR_MASKED mip, MIP_SEIP, MIP_SEIP
    PLIC_CONTEXT 1, 0, 0
    CHECK_CSR_MASKED mip, MIP_SEIP, 0
    PLIC_QUIET

    CASE "priority 0 never interrupts; a disabled source neither"
    PLIC_QUIET
    PLIC_CONTEXT 0, 1, 0
    UART_THR_INTERRUPT 1
    CHECK_CSR_MASKED mip, MIP_MEIP, 0
    PLIC_SOURCE 1
    PLIC_CONTEXT 0, 0, 0
    CHECK_CSR_MASKED mip, MIP_MEIP, 0
    CHECK_PLIC_PENDING 1
    PLIC_QUIET

    CASE "the priority and enable registers read back"
    PLIC_QUIET
    PLIC_SOURCE 5
    PLIC_CONTEXT 0, 1, 4
    CHECK_WORD PLIC_PRIORITY + UART_IRQ * 4, 5
    CHECK_WORD PLIC_ENABLE, 1 << UART_IRQ
    CHECK_WORD PLIC_THRESHOLD, 4
    PLIC_QUIET

    CASE "claim returns the source and takes it out of MEIP; then nothing is left"
    PLIC_QUIET
    PLIC_SOURCE 1
    PLIC_CONTEXT 0, 1, 0
    UART_THR_INTERRUPT 1
    CLAIM a0, 0
    CHECK a0, UART_IRQ
    CHECK_CSR_MASKED mip, MIP_MEIP, 0
    CHECK_PLIC_PENDING 0
    CLAIM a1, 0
    CHECK a1, 0
    UART_THR_INTERRUPT 0
    COMPLETE a0, 0
    CHECK_CSR_MASKED mip, MIP_MEIP, 0
    PLIC_QUIET

    CASE "the external interrupt is taken in M-mode: machine external interrupt"
    PLIC_QUIET
    PLIC_SOURCE 1
    PLIC_CONTEXT 0, 1, 0
    UART_THR_INTERRUPT 1
    MIE_SET MIP_MEIP
    ARM 1f
    csrsi mstatus, MSTATUS_MIE
.Ltaken:
    FAIL_HERE
1:
    CHECK_INTERRUPT mtrap, IRQ_MEI, .Ltaken
    CLAIM a0, 0
    CHECK a0, UART_IRQ
    UART_THR_INTERRUPT 0
    COMPLETE a0, 0
    PLIC_QUIET

    CASE "context 1 raises SEIP"
    PLIC_QUIET
    PLIC_SOURCE 1
    PLIC_CONTEXT 1, 1, 0
    UART_THR_INTERRUPT 1
    CHECK_CSR_MASKED mip, MIP_MEIP | MIP_SEIP, MIP_SEIP
    CLAIM a0, 1
    CHECK a0, UART_IRQ
    CHECK_CSR_MASKED mip, MIP_SEIP, 0
    UART_THR_INTERRUPT 0
    COMPLETE a0, 1
    PLIC_QUIET

    CASE "a delegated external interrupt is taken in S-mode, which claims it"
    PLIC_QUIET
    PLIC_SOURCE 1
    PLIC_CONTEXT 1, 1, 0
    MIDELEG_SET MIP_SEIP
    MIE_SET MIP_SEIP
    csrsi mstatus, MSTATUS_SIE
    UART_THR_INTERRUPT 1
    RUN_IN PRV_S, 1f, 2f
1:
    j 1b
2:
    CHECK_INTERRUPT strap, IRQ_SEI, 1b
    CLAIM a0, 1
    CHECK a0, UART_IRQ
    UART_THR_INTERRUPT 0
    COMPLETE a0, 1
    PLIC_QUIET

    CASE "both contexts enabled: both MEIP and SEIP"
    PLIC_QUIET
    PLIC_SOURCE 1
    PLIC_CONTEXT 0, 1, 0
    PLIC_CONTEXT 1, 1, 0
    UART_THR_INTERRUPT 1
    CHECK_CSR_MASKED mip, MIP_MEIP | MIP_SEIP, MIP_MEIP | MIP_SEIP
    PLIC_QUIET

    TEST_END
