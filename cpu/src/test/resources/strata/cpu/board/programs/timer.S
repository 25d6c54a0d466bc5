# timer: the CLINT's interrupts. MTIP is pending at power-on (mtimecmp starts at 0); then five
# timer interrupts 1 ms apart, the hart sleeping in WFI between them, each setting the next
# deadline; then a software interrupt raised through msip and cleared by its handler.
        .include "virt.inc"
        .equ PERIOD, 10000              # 1 ms of the 10 MHz timebase
        .equ TICKS, 5

        .text
        .globl _start
_start:
        la      a0, reset_text
        call    puts
        csrr    a0, mip
        srli    a0, a0, 7
        andi    a0, a0, 1
        call    puthex
        li      a0, '\n'
        call    putc
        la      t0, trap
        csrw    mtvec, t0
        call    next_deadline
        li      t0, MIE_MTIE | MIE_MSIE
        csrw    mie, t0
        csrsi   mstatus, MSTATUS_MIE
1:      wfi
        lw      t0, ticks
        li      t1, TICKS
        blt     t0, t1, 1b
        li      t0, CLINT_MSIP
        li      t1, 1
        sw      t1, 0(t0)
2:      lw      t0, softs
        beqz    t0, 2b
        li      a0, 0
        call    exit

# next_deadline: mtimecmp = mtime + PERIOD, written high word first so it never passes early.
next_deadline:
        li      t0, CLINT_MTIME
        lw      t1, 0(t0)
        lw      t2, 4(t0)
        li      a0, PERIOD
        add     a0, t1, a0
        sltu    t1, a0, t1
        add     t2, t2, t1
        li      t0, CLINT_MTIMECMP
        li      t1, -1
        sw      t1, 4(t0)
        sw      a0, 0(t0)
        sw      t2, 4(t0)
        ret

        .align  2
trap:
        TRAP_ENTER
        csrr    s0, mcause
        li      t0, CAUSE_INTERRUPT | 7
        beq     s0, t0, timer
        li      t0, CAUSE_INTERRUPT | 3
        beq     s0, t0, software
        la      a0, unexpected_text     # anything else ends the test with status 1
        call    puts
        mv      a0, s0
        call    puthex
        li      a0, 1
        call    exit
timer:
        la      t0, ticks
        lw      s1, 0(t0)
        addi    s1, s1, 1
        sw      s1, 0(t0)
        la      a0, tick_text
        call    puts
        mv      a0, s1
        call    puthex
        li      a0, '\n'
        call    putc
        li      t0, TICKS
        bge     s1, t0, 1f
        call    next_deadline
        TRAP_LEAVE
1:      li      t0, MIE_MTIE            # enough ticks: stop the timer
        csrc    mie, t0
        TRAP_LEAVE
software:
        li      t0, CLINT_MSIP
        sw      zero, 0(t0)
        la      t0, softs
        li      t1, 1
        sw      t1, 0(t0)
        la      a0, soft_text
        call    puts
        TRAP_LEAVE

        .include "lib.S"

        .section .rodata
reset_text:     .asciz "MTIP at reset: "
tick_text:      .asciz "tick "
soft_text:      .asciz "software interrupt\n"
unexpected_text: .asciz "unexpected trap, mcause "
        .data
ticks:  .word 0
softs:  .word 0
