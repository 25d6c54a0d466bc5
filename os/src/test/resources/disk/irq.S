# irq.S: a bare-metal test of the virtio-blk interrupt path, in M-mode without paging.
#
# The device's PLIC source (virtio_blk_irq) is enabled for hart 0's M-mode context, with
# mstatus.MIE off while the request is made. After each read of the superblock (the driver polls
# for completion and leaves the interrupt alone), the hart waits in WFI until the interrupt is
# pending, then lets it in: the trap handler claims the source, calls virtio_blk_interrupt and
# completes the claim. The test prints what the handler saw, twice:
#   interrupt: source S bits B used U count C
# The magic number read must be ext2's. A failed check powers off with status 1; an unexpected
# trap with status 3.

        .equ UART_BASE, 0x10000000
        .equ UART_LSR, 5
        .equ LSR_THRE, 0x20
        .equ TEST_BASE, 0x100000
        .equ TEST_PASS, 0x5555
        .equ TEST_FAIL, (1 << 16) | 0x3333
        .equ TEST_TRAP, (3 << 16) | 0x3333
        .equ PLIC_PRIORITY, 0x0c000000          # + 4 x source
        .equ PLIC_ENABLE_M, 0x0c002000          # context 0: hart 0, M-mode
        .equ PLIC_THRESHOLD_M, 0x0c200000
        .equ PLIC_CLAIM_M, 0x0c200004
        .equ MIE_MEIE, 1 << 11
        .equ MIP_MEIP, 1 << 11
        .equ MSTATUS_MIE, 1 << 3
        .equ MCAUSE_MEI, 0x8000000b
        .equ SB_SECTOR, 2
        .equ SB_MAGIC, 56
        .equ EXT2_MAGIC, 0xef53

        .text
        .globl _start
_start:
        la      sp, stack_top
        la      t0, trap
        csrw    mtvec, t0
        call    virtio_blk_init
        bnez    a0, fail
        call    virtio_blk_irq
        beqz    a0, fail
        mv      s0, a0                          # s0 the source
        slli    t0, s0, 2
        li      t1, PLIC_PRIORITY
        add     t0, t0, t1
        li      t1, 1
        sw      t1, 0(t0)
        li      t0, 1
        sll     t0, t0, s0
        li      t1, PLIC_ENABLE_M
        sw      t0, 0(t1)
        li      t1, PLIC_THRESHOLD_M
        sw      zero, 0(t1)
        li      t0, MIE_MEIE
        csrs    mie, t0

        li      s1, 2                           # two requests, two interrupts
1:      li      a0, SB_SECTOR
        la      a1, buffer
        li      a2, 1024
        call    virtio_blk_read
        bnez    a0, fail
        la      t0, buffer
        lhu     t0, SB_MAGIC(t0)
        li      t1, EXT2_MAGIC
        bne     t0, t1, fail
2:      li      t1, MIP_MEIP                    # WFI wakes on an enabled interrupt even with MIE off
        csrr    t0, mip
        and     t0, t0, t1
        bnez    t0, 3f
        wfi
        j       2b
3:      li      t0, MSTATUS_MIE
        csrs    mstatus, t0                     # the trap is taken here
        csrc    mstatus, t0
        call    report
        addi    s1, s1, -1
        bnez    s1, 1b

        li      t0, TEST_BASE
        li      t1, TEST_PASS
        sw      t1, 0(t0)
4:      j       4b

# report: print what the last interrupt left.
report:
        addi    sp, sp, -16
        sw      ra, 12(sp)
        la      a0, s_interrupt
        call    puts
        la      a0, claimed
        lw      a0, 0(a0)
        call    put_digit
        la      a0, s_bits
        call    puts
        la      a0, bits
        lw      a0, 0(a0)
        call    put_digit
        la      a0, s_used
        call    puts
        la      a0, vblk_irq_used
        lw      a0, 0(a0)
        call    put_digit
        la      a0, s_count
        call    puts
        la      a0, vblk_irq_count
        lw      a0, 0(a0)
        call    put_digit
        li      a0, '\n'
        call    putc
        lw      ra, 12(sp)
        addi    sp, sp, 16
        ret

# trap: the device's interrupt is the only one expected.
        .balign 4
trap:
        addi    sp, sp, -32
        sw      ra, 28(sp)
        sw      t0, 24(sp)
        sw      t1, 20(sp)
        sw      t2, 16(sp)
        sw      a0, 12(sp)
        sw      a1, 8(sp)
        csrr    t0, mcause
        li      t1, MCAUSE_MEI
        bne     t0, t1, unexpected
        li      t0, PLIC_CLAIM_M
        lw      t1, 0(t0)
        la      t2, claimed
        sw      t1, 0(t2)
        call    virtio_blk_interrupt
        la      t0, bits
        sw      a0, 0(t0)
        la      t0, claimed
        lw      t1, 0(t0)
        li      t0, PLIC_CLAIM_M
        sw      t1, 0(t0)                       # complete
        lw      ra, 28(sp)
        lw      t0, 24(sp)
        lw      t1, 20(sp)
        lw      t2, 16(sp)
        lw      a0, 12(sp)
        lw      a1, 8(sp)
        addi    sp, sp, 32
        mret
unexpected:
        la      a0, s_trap
        call    puts
        li      t0, TEST_BASE
        li      t1, TEST_TRAP
        sw      t1, 0(t0)
1:      j       1b

fail:
        la      a0, s_fail
        call    puts
        li      t0, TEST_BASE
        li      t1, TEST_FAIL
        sw      t1, 0(t0)
1:      j       1b

# put_digit: print a0, 0..9, as a digit.
put_digit:
        addi    a0, a0, '0'
# putc: send the byte a0 to the UART. Clobbers t0, t1.
putc:
        li      t0, UART_BASE
1:      lbu     t1, UART_LSR(t0)
        andi    t1, t1, LSR_THRE
        beqz    t1, 1b
        sb      a0, 0(t0)
        ret

# puts: send the NUL-terminated string at a0. Clobbers a0, t0-t2.
puts:
        li      t0, UART_BASE
1:      lbu     t2, 0(a0)
        beqz    t2, 3f
2:      lbu     t1, UART_LSR(t0)
        andi    t1, t1, LSR_THRE
        beqz    t1, 2b
        sb      t2, 0(t0)
        addi    a0, a0, 1
        j       1b
3:      ret

        .section .rodata
s_interrupt:    .asciz "interrupt: source "
s_bits:         .asciz " bits "
s_used:         .asciz " used "
s_count:        .asciz " count "
s_fail:         .asciz "FAIL\n"
s_trap:         .asciz "trap\n"

        .bss
        .balign 16
stack:          .space 8192
stack_top:
buffer:         .space 1024
claimed:        .space 4
bits:           .space 4
