# The fields of the machine's CSRs: what misa reports (RV32 with I, M, A, S and U), the IDs,
# which bits of mstatus, medeleg, mideleg, mie and mip software can write (WARL), sstatus,
# sie and sip as restricted views of mstatus, mie and mip, the trap vector modes, the CSRs
# that hold any value (scratch, epc, tval, satp), the PMP registers. The last case checks
# that mepc and sepc keep their two low bits zero, which QEMU 7.2 does not do (see
# docs/isa-tests.md).
.include "spike.inc"

# the writable fields of mstatus, and of its view sstatus (besides FS and VS, which QEMU and
# Strata treat differently, and SD, which summarises them)
.equ MSTATUS_FIELDS, MSTATUS_SIE | MSTATUS_MIE | MSTATUS_SPIE | MSTATUS_MPIE | MSTATUS_SPP | MSTATUS_MPP | MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR
.equ SSTATUS_FIELDS, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR
.equ MSTATUS_VS_SD, (3 << 9) | (1 << 31)
.equ S_INTERRUPTS, MIP_SSIP | MIP_STIP | MIP_SEIP
.equ M_INTERRUPTS, MIP_MSIP | MIP_MTIP | MIP_MEIP
# exceptions that must be delegable: every one that can happen below M-mode
.equ DELEGABLE, 0xb3ff

    CASE "misa: RV32 (MXL = 1) with A, I, M, S and U"
    CHECK_CSR misa, 0x40141101

    CASE "misa keeps its value when written"
    csrw misa, zero
    CHECK_CSR misa, 0x40141101

    CASE "mhartid is 0; the IDs and mconfigptr read"
    CHECK_CSR mhartid, 0
    csrr a0, mvendorid
    csrr a0, marchid
    csrr a0, mimpid
    CHECK_CSR mconfigptr, 0

    CASE "mstatus: every writable field set"
    li a0, -1
    csrw mstatus, a0
    CHECK_CSR_MASKED mstatus, ~MSTATUS_VS_SD, MSTATUS_FIELDS

    CASE "mstatus: every field cleared; mstatush is zero"
    li a0, -1
    csrw mstatus, a0
    csrw mstatus, zero
    CHECK_CSR_MASKED mstatus, ~MSTATUS_VS_SD, 0
    CHECK_CSR mstatush, 0

    CASE "mstatus.MPP holds M, S and U"
    .irp mode, PRV_M, PRV_S, PRV_U
    li a0, (\mode) << MPP_SHIFT
    csrw mstatus, a0
    CHECK_CSR_MASKED mstatus, MSTATUS_MPP, (\mode) << MPP_SHIFT
    .endr

    CASE "sstatus shows only the S-mode fields of mstatus"
    li a0, MSTATUS_FIELDS
    csrw mstatus, a0
    CHECK_CSR_MASKED sstatus, ~MSTATUS_VS_SD, SSTATUS_FIELDS

    CASE "writing sstatus changes only the S-mode fields of mstatus"
    li a0, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_TVM
    csrw mstatus, a0
    li a1, -1
    csrw sstatus, a1
    CHECK_CSR_MASKED mstatus, ~MSTATUS_VS_SD, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_TVM | SSTATUS_FIELDS
    csrw sstatus, zero
    CHECK_CSR_MASKED mstatus, ~MSTATUS_VS_SD, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_TVM

    CASE "medeleg: every exception from below M-mode is delegable; reserved bits stay zero"
    li a0, -1
    csrw medeleg, a0
    CHECK_CSR_MASKED medeleg, DELEGABLE, DELEGABLE
    CHECK_CSR_MASKED medeleg, 0xff0f4000, 0
    csrw medeleg, zero
    CHECK_CSR medeleg, 0

    CASE "mideleg: S-mode interrupts are delegable, M-mode ones are not"
    li a0, -1
    csrw mideleg, a0
    CHECK_CSR_MASKED mideleg, S_INTERRUPTS | M_INTERRUPTS, S_INTERRUPTS
    csrw mideleg, zero
    CHECK_CSR mideleg, 0

    CASE "mie: the six standard interrupts can be enabled, the old U-mode ones cannot"
    li a0, -1
    csrw mie, a0
    CHECK_CSR_MASKED mie, S_INTERRUPTS | M_INTERRUPTS, S_INTERRUPTS | M_INTERRUPTS
    CHECK_CSR_MASKED mie, 0x111, 0
    csrw mie, zero
    CHECK_CSR mie, 0

    CASE "mip: M-mode writes the S-mode bits; the M-mode bits follow the devices"
    # no timer interrupt: mtimecmp as late as it goes
    li a1, CLINT_MTIMECMP
    li a0, -1
    sw a0, 0(a1)
    sw a0, 4(a1)
    li a0, -1
    csrw mip, a0
    CHECK_CSR_MASKED mip, S_INTERRUPTS | M_INTERRUPTS, S_INTERRUPTS
    csrw mip, zero
    CHECK_CSR_MASKED mip, S_INTERRUPTS | M_INTERRUPTS, 0

    CASE "sie and sip show the delegated interrupts only"
    li a0, S_INTERRUPTS
    csrw mie, a0
    csrw mip, a0
    CHECK_CSR sie, 0
    CHECK_CSR_MASKED sip, S_INTERRUPTS, 0
    csrw mideleg, a0
    CHECK_CSR sie, S_INTERRUPTS
    CHECK_CSR_MASKED sip, S_INTERRUPTS, S_INTERRUPTS
    li a0, MIP_SSIP | MIP_STIP
    csrw mideleg, a0
    CHECK_CSR sie, MIP_SSIP | MIP_STIP
    CHECK_CSR_MASKED sip, S_INTERRUPTS, MIP_SSIP | MIP_STIP

    CASE "writing sie changes the delegated bits of mie only"
    li a0, MIP_SSIP
    csrw mideleg, a0
    csrw mie, zero
    li a1, -1
    csrw sie, a1
    CHECK_CSR mie, MIP_SSIP
    li a0, M_INTERRUPTS | MIP_SSIP
    csrw mie, a0
    csrw sie, zero
    CHECK_CSR mie, M_INTERRUPTS

    CASE "writing sip sets and clears SSIP when it is delegated"
    li a0, MIP_SSIP
    csrw mideleg, a0
    csrw sip, a0
    CHECK_CSR_MASKED mip, MIP_SSIP, MIP_SSIP
    csrw sip, zero
    CHECK_CSR_MASKED mip, MIP_SSIP, 0

    CASE "mtvec: direct and vectored modes; the reserved modes leave a legal one"
    la a0, trap_m
    csrw mtvec, a0
    CHECK_CSR mtvec, trap_m
    ori a1, a0, 1
    csrw mtvec, a1
    CHECK_CSR mtvec, trap_m + 1
    ori a1, a0, 2
    csrw mtvec, a1
    CHECK_CSR_MASKED mtvec, 2, 0
    ori a1, a0, 3
    csrw mtvec, a1
    CHECK_CSR_MASKED mtvec, 2, 0

    CASE "stvec: direct and vectored modes; the reserved modes leave a legal one"
    la a0, trap_s
    csrw stvec, a0
    CHECK_CSR stvec, trap_s
    ori a1, a0, 1
    csrw stvec, a1
    CHECK_CSR stvec, trap_s + 1
    ori a1, a0, 3
    csrw stvec, a1
    CHECK_CSR_MASKED stvec, 2, 0

    CASE "the scratch, epc, cause and tval CSRs hold what is written"
    .irp csr, mscratch, sscratch, mtval, stval
    li a0, 0xdeadbeef
    csrw \csr, a0
    CHECK_CSR \csr, 0xdeadbeef
    csrw \csr, zero
    CHECK_CSR \csr, 0
    .endr
    .irp csr, mepc, sepc
    li a0, 0x8765432c
    csrw \csr, a0
    CHECK_CSR \csr, 0x8765432c
    .endr
    .irp csr, mcause, scause
    li a0, CAUSE_INTERRUPT | IRQ_SEI
    csrw \csr, a0
    CHECK_CSR \csr, CAUSE_INTERRUPT | IRQ_SEI
    li a0, CAUSE_STORE_PAGE_FAULT
    csrw \csr, a0
    CHECK_CSR \csr, CAUSE_STORE_PAGE_FAULT
    .endr

    CASE "satp holds a mode and a page number; M-mode is not translated"
    li a0, SATP_MODE_SV32 | 0x12345
    csrw satp, a0
    CHECK_CSR_MASKED satp, 0x803fffff, SATP_MODE_SV32 | 0x12345
    li a0, 0x3fffff
    csrw satp, a0
    CHECK_CSR_MASKED satp, 0x803fffff, 0x3fffff
    csrw satp, zero
    CHECK_CSR satp, 0

    CASE "satp: the ASID bits written read back, from bit 22 up without gaps"
    li a0, 0x7fc00000
    csrw satp, a0
    csrr a1, satp
    srli a1, a1, SATP_ASID_SHIFT
    addi a2, a1, 1
    and a2, a2, a1
    CHECK a2, 0
    csrw satp, zero

    CASE "mcounteren and scounteren hold CY, TM and IR"
    .irp csr, mcounteren, scounteren
    csrw \csr, zero
    CHECK_CSR_MASKED \csr, 7, 0
    li a0, 7
    csrw \csr, a0
    CHECK_CSR_MASKED \csr, 7, 7
    .endr

    CASE "the PMP registers are accepted"
    li a0, 0x12345678
    csrw pmpaddr1, a0
    CHECK_CSR pmpaddr1, 0x12345678
    csrw pmpaddr1, zero
    CHECK_CSR pmpaddr1, 0
    csrr a0, pmpaddr15
    csrr a0, pmpcfg1
    csrr a0, pmpcfg2
    csrr a0, pmpcfg3
    CHECK_CSR_MASKED pmpcfg0, 0xff, 0x1f

    CASE "mepc and sepc keep bits 1:0 zero (IALIGN = 32)"
    li a0, 0x80000003
    csrw mepc, a0
    CHECK_CSR mepc, 0x80000000
    csrw sepc, a0
    CHECK_CSR sepc, 0x80000000

    TEST_END
