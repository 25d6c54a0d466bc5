# What each CSR keeps of a write (its WARL fields), for the values where QEMU 7.2 and the
# specification agree: QEMU also keeps mstatus.VS, the H and AIA bits of medeleg, mideleg and
# mie, MPP = 2 and the low bits of mepc, which Strata does not (see docs/machine-hart.md).
        .include "harness.S"

        .macro WRITE csr, value
        li a0, \value
        csrw \csr, a0
        PRINT_CSR \csr
        .endm

        .globl main
main:
        addi sp, sp, -16
        sw ra, 12(sp)
        SAY "information"
        PRINT_CSR misa
        PRINT_CSR mvendorid
        PRINT_CSR mhartid
        PRINT_CSR mconfigptr
        WRITE misa, 0
        SAY "mstatus"
        WRITE mstatus, 0x007e19aa
        WRITE mstatus, 0x00000800
        WRITE mstatus, 0
        WRITE mstatus, 0x00000800 | 0xff800000
        csrw mstatus, zero
        SAY "sstatus"
        WRITE sstatus, 0x000c0122
        PRINT_CSR mstatus
        li a0, 0x1888
        csrs mstatus, a0
        WRITE sstatus, 0
        PRINT_CSR mstatus
        csrw mstatus, zero
        SAY "traps"
        .irp csr, mtvec, stvec
        WRITE \csr, 0x80001000
        WRITE \csr, 0x80001001
        WRITE \csr, 0x80002002
        WRITE \csr, 0x80002003
        WRITE \csr, 0x8000100c
        .endr
        .irp csr, mepc, sepc
        WRITE \csr, 0x80001234
        WRITE \csr, 0
        .endr
        .irp csr, mcause, scause, mtval, stval, mscratch, sscratch
        WRITE \csr, 0xffffffff
        WRITE \csr, 0x80000005
        WRITE \csr, 0
        .endr
        la a0, trap_skip
        csrw mtvec, a0
        la a0, strap_skip
        csrw stvec, a0
        SAY "delegation and enables"
        WRITE medeleg, 0xb3ff
        WRITE medeleg, 0
        WRITE mideleg, 0x222
        WRITE mie, 0xaaa
        PRINT_CSR sie
        WRITE sie, 0
        PRINT_CSR mie
        WRITE sie, 0x222
        PRINT_CSR mie
        WRITE mideleg, 0x20
        PRINT_CSR sie
        WRITE sie, 0
        PRINT_CSR mie
        WRITE mie, 0
        WRITE mip, 0x222
        PRINT_CSR sip
        WRITE mideleg, 0x222
        PRINT_CSR sip
        WRITE sip, 0
        PRINT_CSR mip
        WRITE mip, 0
        WRITE mideleg, 0
        SAY "counters and translation"
        WRITE mcounteren, 0xffffffff
        WRITE mcounteren, 0x5
        WRITE scounteren, 0xffffffff
        WRITE scounteren, 0
        WRITE satp, 0xffffffff
        WRITE satp, 0x80012345
        WRITE satp, 0
        SAY "protection"
        WRITE pmpcfg2, 0x1f1f0f00
        WRITE pmpaddr8, 0x12345678
        WRITE pmpaddr9, 0xffffffff
        WRITE pmpcfg2, 0
        WRITE pmpaddr8, 0
        SAY "high halves"
        PRINT_CSR mstatush
        lw ra, 12(sp)
        addi sp, sp, 16
        ret
