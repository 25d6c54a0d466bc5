# registers: device registers read back after writes, and the accesses each device refuses,
# printed one value a line so that QEMU's answers and Strata's can be compared line by line.
# A refused access traps; the handler prints "fault", mcause and mtval and goes on.
        .include "virt.inc"

        # SHOW label: print the label, then a0 in hex.
        .macro SHOW label
        mv      a1, a0
        la      a0, \label
        call    report
        .endm

        .text
        .globl _start
_start:
        la      sp, stack_top
        la      t0, trap
        csrw    mtvec, t0
        li      s0, UART
        # UART: power-on values, IER mask, FIFO and IIR, divisor latch, loopback, scratch.
        lbu     a0, 2(s0)
        SHOW    t_iir
        lbu     a0, 5(s0)
        SHOW    t_lsr
        lbu     a0, 6(s0)
        SHOW    t_msr
        lbu     a0, 4(s0)
        SHOW    t_mcr
        lw      a0, 4(s0)
        SHOW    t_mcr_word
        li      t0, 0xff
        sb      t0, 1(s0)
        lbu     a0, 1(s0)
        SHOW    t_ier
        sb      zero, 1(s0)
        li      t0, 0xc7
        sb      t0, 2(s0)
        lbu     a0, 2(s0)
        SHOW    t_iir_fifo
        sb      zero, 2(s0)
        li      t0, 0x83
        sb      t0, 3(s0)
        lbu     s1, 0(s0)
        lbu     s2, 1(s0)
        li      t0, 0x5a
        sb      t0, 0(s0)
        lbu     s3, 0(s0)
        li      t0, 0x03
        sb      t0, 3(s0)
        mv      a0, s1
        SHOW    t_dll
        mv      a0, s2
        SHOW    t_dlm
        mv      a0, s3
        SHOW    t_dll_written
        li      t0, 0x1f
        sb      t0, 4(s0)
        lbu     s1, 6(s0)
        li      t0, 'Q'
        sb      t0, 0(s0)
        lbu     s2, 5(s0)
        lbu     s3, 0(s0)
        lbu     s4, 5(s0)
        li      t0, 0x08
        sb      t0, 4(s0)
        mv      a0, s1
        SHOW    t_msr_loop
        mv      a0, s2
        SHOW    t_lsr_loop
        mv      a0, s3
        SHOW    t_rbr_loop
        mv      a0, s4
        SHOW    t_lsr_after
        li      t0, 0x1a5
        sb      t0, 7(s0)
        lbu     a0, 7(s0)
        SHOW    t_scr
        lw      a0, 8(s0)               # past the UART's eight registers: faults
        # CLINT: msip bit 0, mtimecmp both halves, a byte access.
        li      s0, CLINT_MSIP
        li      t0, -1
        sw      t0, 0(s0)
        lw      a0, 0(s0)
        SHOW    t_msip
        csrr    a0, mip
        SHOW    t_mip
        sw      zero, 0(s0)
        li      s1, CLINT_MTIMECMP
        li      t0, 0x12345678
        sw      t0, 0(s1)
        li      t0, -1
        sw      t0, 4(s1)
        lw      a0, 0(s1)
        SHOW    t_mtimecmp_lo
        lw      a0, 4(s1)
        SHOW    t_mtimecmp_hi
        csrr    a0, mip
        SHOW    t_mip
        lb      a0, 0(s0)
        lw      a0, 4(s0)               # msip of a hart that does not exist
        SHOW    t_msip1
        li      t0, 0x200c000
        lw      a0, 0(t0)               # past mtime: faults
        # PLIC: priorities keep three bits, the last source, pending is read-only, enables, threshold.
        li      s0, PLIC_PRIORITY
        li      t0, 0xff
        sw      t0, 4(s0)
        lw      a0, 4(s0)
        SHOW    t_prio1
        li      t0, 9
        sw      t0, 96 * 4(s0)
        lw      a0, 96 * 4(s0)
        SHOW    t_prio96
        sw      t0, 97 * 4(s0)
        lw      a0, 97 * 4(s0)
        SHOW    t_prio97
        li      s1, 0x0c001000
        li      t0, -1
        sw      t0, 0(s1)
        lw      a0, 0(s1)
        SHOW    t_pending
        lw      a0, 12(s1)
        SHOW    t_pending3
        sw      t0, 0(s0)
        lw      a0, 0(s0)
        SHOW    t_prio0
        li      s1, PLIC_ENABLE
        li      t0, -1
        sw      t0, 8(s1)
        sw      t0, 12(s1)
        lw      a0, 8(s1)
        SHOW    t_enable2
        lw      a0, 12(s1)
        SHOW    t_enable3
        sw      zero, 8(s1)
        li      s1, PLIC_THRESHOLD
        li      t0, 0x0f
        sw      t0, 0(s1)
        lw      a0, 0(s1)
        SHOW    t_threshold
        sw      zero, 0(s1)
        li      t0, PLIC_ENABLE
        li      t1, 1 << UART_IRQ
        sw      t1, 0(t0)
        li      t0, PLIC_PRIORITY + 4 * UART_IRQ
        li      t1, 1
        sw      t1, 0(t0)
        lw      a0, 4(s1)               # the UART's line rose when IER was 0xff: still pending
        SHOW    t_claim
        lw      a0, 4(s1)
        SHOW    t_claim
        li      t0, UART_IRQ
        sw      t0, 4(s1)
        lh      a0, 4(s0)
        # sifive_test: reads give 0, a halfword is taken, a byte is refused.
        li      s0, TEST
        lw      a0, 0(s0)
        SHOW    t_test
        lh      a0, 0(s0)
        SHOW    t_test
        lb      a0, 0(s0)
        # RTC: IRQ_ENABLED keeps bit 0, the alarm reads back, a halfword is refused.
        li      s0, RTC
        li      t0, 3
        sw      t0, RTC_IRQ_ENABLED(s0)
        lw      a0, RTC_IRQ_ENABLED(s0)
        SHOW    t_rtc_irq
        sw      zero, RTC_IRQ_ENABLED(s0)
        lw      t0, RTC_TIME_LOW(s0)    # an alarm 4 to 9 s ahead: armed, and not ringing yet
        lw      t0, RTC_TIME_HIGH(s0)
        addi    t0, t0, 1
        sw      t0, RTC_ALARM_HIGH(s0)
        li      t0, 0x7654321
        sw      t0, RTC_ALARM_LOW(s0)
        lw      a0, RTC_ALARM_LOW(s0)
        SHOW    t_alarm_lo
        lw      a0, 0x18(s0)
        SHOW    t_alarm_status
        sw      zero, 0x14(s0)
        lw      a0, 0x18(s0)
        SHOW    t_alarm_status
        lh      a0, 0(s0)
        lw      a0, 0x24(s0)            # past the RTC's registers: faults
        # The boot ROM ignores writes.
        li      s0, 0x1000
        li      t0, -1
        sw      t0, 0(s0)
        lw      a0, 0(s0)
        SHOW    t_rom
        li      a0, 0
        call    exit

# trap: print "fault", mcause and mtval, skip the instruction.
        .align  2
trap:
        TRAP_ENTER
        csrr    a1, mcause
        la      a0, t_fault
        call    report
        csrr    a1, mtval
        la      a0, t_mtval
        call    report
        csrr    t0, mepc
        addi    t0, t0, 4
        csrw    mepc, t0
        TRAP_LEAVE

        .include "lib.S"

        .section .rodata
t_iir:          .asciz "uart IIR at power-on "
t_lsr:          .asciz "uart LSR at power-on "
t_msr:          .asciz "uart MSR at power-on "
t_mcr:          .asciz "uart MCR at power-on "
t_mcr_word:     .asciz "uart lw at offset 4 "
t_ier:          .asciz "uart IER after 0xff "
t_iir_fifo:     .asciz "uart IIR after FCR 0xc7 "
t_dll:          .asciz "uart DLL "
t_dlm:          .asciz "uart DLM "
t_dll_written:  .asciz "uart DLL after 0x5a "
t_msr_loop:     .asciz "uart MSR in loopback "
t_lsr_loop:     .asciz "uart LSR after a byte in loopback "
t_rbr_loop:     .asciz "uart RBR in loopback "
t_lsr_after:    .asciz "uart LSR after reading it "
t_scr:          .asciz "uart SCR after 0x1a5 "
t_msip:         .asciz "clint msip after -1 "
t_mip:          .asciz "mip "
t_mtimecmp_lo:  .asciz "clint mtimecmp low "
t_mtimecmp_hi:  .asciz "clint mtimecmp high "
t_msip1:        .asciz "clint msip of hart 1 "
t_prio1:        .asciz "plic priority 1 after 0xff "
t_prio96:       .asciz "plic priority 96 after 9 "
t_prio97:       .asciz "plic priority 97 after 9 "
t_pending:      .asciz "plic pending after -1 "
t_pending3:     .asciz "plic pending word 3 "
t_prio0:        .asciz "plic offset 0 after -1 "
t_enable2:      .asciz "plic enable word 2 after -1 "
t_enable3:      .asciz "plic enable word 3 after -1 "
t_threshold:    .asciz "plic threshold after 0x0f "
t_claim:        .asciz "plic claim "
t_test:         .asciz "sifive_test read "
t_rtc_irq:      .asciz "rtc IRQ_ENABLED after 3 "
t_alarm_lo:     .asciz "rtc ALARM_LOW "
t_alarm_status: .asciz "rtc ALARM_STATUS "
t_rom:          .asciz "boot ROM after a write "
t_fault:        .asciz "fault, mcause "
t_mtval:        .asciz "  mtval "
        .bss
        .align  4
        .space  1024
stack_top:
