# echo-irq: the same echo driven by interrupts: the UART raises PLIC source 10 for each byte
# received, the PLIC raises MEIP, and the trap handler claims the source, drains the receiver and
# completes. The main loop sleeps in WFI between bytes.
        .include "virt.inc"
        .equ EOT, 4

        .text
        .globl _start
_start:
        la      t0, trap
        csrw    mtvec, t0
        li      t0, PLIC_PRIORITY + 4 * UART_IRQ
        li      t1, 1
        sw      t1, 0(t0)
        li      t0, PLIC_ENABLE
        li      t1, 1 << UART_IRQ
        sw      t1, 0(t0)
        li      t0, PLIC_THRESHOLD
        sw      zero, 0(t0)
        li      t0, UART
        li      t1, IER_RDI
        sb      t1, UART_IER(t0)
        li      t0, MIE_MEIE
        csrw    mie, t0
        csrsi   mstatus, MSTATUS_MIE
sleep:
        wfi
        lw      t0, finished
        beqz    t0, sleep
        la      a0, bye
        call    puts
        li      a0, 0
        call    exit

# trap: the external interrupt. Claims, echoes every byte waiting, completes.
        .align  2
trap:
        TRAP_ENTER
        li      s0, PLIC_CLAIM
        lw      s1, 0(s0)
        li      t0, UART_IRQ
        bne     s1, t0, complete
        li      s2, UART
drain:
        lbu     t0, UART_LSR(s2)
        andi    t0, t0, LSR_DR
        beqz    t0, complete
        lbu     a0, UART_RBR(s2)
        li      t0, EOT
        beq     a0, t0, last
        li      t0, 'a'
        blt     a0, t0, 1f
        li      t0, 'z'
        bgt     a0, t0, 1f
        addi    a0, a0, 'A' - 'a'
1:      call    putc
        j       drain
last:
        la      t0, finished
        li      t1, 1
        sw      t1, 0(t0)
        j       drain
complete:
        sw      s1, 0(s0)
        TRAP_LEAVE

        .include "lib.S"

        .section .rodata
bye:    .asciz "bye\n"
        .data
finished: .word 0
