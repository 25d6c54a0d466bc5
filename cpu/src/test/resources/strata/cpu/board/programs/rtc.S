# rtc: the Goldfish RTC's alarm, 2 ms ahead, delivered as PLIC source 11 while the hart sleeps;
# the handler clears the RTC's interrupt and completes. The time read after it has passed the
# alarm, and the clock reads a date after 2020.
        .include "virt.inc"
        .equ DELAY, 2000000             # ns
        .equ YEAR_2020_HIGH, 0x15e9     # 2020-01-01 in ns since the epoch is 0x15e9_....__....

        .text
        .globl _start
_start:
        la      t0, trap
        csrw    mtvec, t0
        li      s0, RTC
        lw      s1, RTC_TIME_LOW(s0)    # reading the low word latches the high word
        lw      s2, RTC_TIME_HIGH(s0)
        la      a0, year_text
        call    puts
        li      t0, YEAR_2020_HIGH
        sltu    a0, s2, t0
        xori    a0, a0, 1
        call    puthex
        li      a0, '\n'
        call    putc
        li      t0, DELAY               # alarm = now + DELAY, high word first: the low word arms it
        add     a0, s1, t0
        sltu    t0, a0, s1
        add     t1, s2, t0
        la      t2, alarm
        sw      a0, 0(t2)
        sw      t1, 4(t2)
        sw      t1, RTC_ALARM_HIGH(s0)
        sw      a0, RTC_ALARM_LOW(s0)
        li      t0, 1
        sw      t0, RTC_IRQ_ENABLED(s0)
        li      t0, PLIC_PRIORITY + 4 * RTC_IRQ
        li      t1, 1
        sw      t1, 0(t0)
        li      t0, PLIC_ENABLE
        li      t1, 1 << RTC_IRQ
        sw      t1, 0(t0)
        li      t0, MIE_MEIE
        csrw    mie, t0
        csrsi   mstatus, MSTATUS_MIE
1:      wfi
        lw      t0, rang
        beqz    t0, 1b
        li      s0, RTC
        lw      s1, RTC_TIME_LOW(s0)
        lw      s2, RTC_TIME_HIGH(s0)
        la      a0, after_text
        call    puts
        lw      t1, alarm + 4
        lw      t0, alarm
        sltu    a0, s2, t1              # passed = !(high < alarm high) && !(high == alarm high && low < alarm low)
        bnez    a0, 2f
        bne     s2, t1, 2f
        sltu    a0, s1, t0
2:      xori    a0, a0, 1
        call    puthex
        li      a0, '\n'
        call    putc
        li      a0, 0
        call    exit

        .align  2
trap:
        TRAP_ENTER
        li      s0, PLIC_CLAIM
        lw      s1, 0(s0)
        li      t0, RTC_IRQ
        bne     s1, t0, 1f
        li      t0, RTC
        sw      zero, RTC_CLEAR_INTERRUPT(t0)
        la      t0, rang
        li      t1, 1
        sw      t1, 0(t0)
        la      a0, alarm_text
        call    puts
1:      sw      s1, 0(s0)
        TRAP_LEAVE

        .include "lib.S"

        .section .rodata
year_text:      .asciz "after 2020: "
alarm_text:     .asciz "alarm\n"
after_text:     .asciz "time passed the alarm: "
        .data
        .align  3
alarm:  .word 0, 0
rang:   .word 0
