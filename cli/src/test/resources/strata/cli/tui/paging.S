# paging.S: Sv32 for the TUI's MMU view. M-mode maps RAM, the UART and the test finisher with
# 4 MiB superpages (identity), and one 4 KiB page at 0x40000000 through a second-level table;
# then it drops to S-mode, which writes through the mapped page and prints a line.
        .equ UART, 0x10000000
        .equ UART_LSR, 5
        .equ LSR_THRE, 0x20
        .equ TEST, 0x100000
        .equ TEST_PASS, 0x5555
        .equ VDATA, 0x40000000
        .equ LEAF_RWX, 0xcf             # V R W X A D
        .equ LEAF_RW, 0xc7              # V R W A D
        .equ MPP, 0x1800
        .equ MPP_S, 0x800

        .section .text
        .globl _start
_start:
        la      sp, stack_top
        li      t0, -1                          # PMP: S-mode may touch everything (QEMU checks it)
        csrw    pmpaddr0, t0
        li      t0, 0x1f                        # NAPOT, R W X
        csrw    pmpcfg0, t0
        la      t0, root
        li      t1, 0x20000000 | LEAF_RWX       # RAM: superpage at 0x80000000
        la      t2, root + (0x80000000 >> 22) * 4
        sw      t1, 0(t2)
        li      t1, 0x04000000 | LEAF_RW        # UART: superpage at 0x10000000
        sw      t1, (UART >> 22) * 4(t0)
        li      t1, LEAF_RW                     # test finisher: superpage at 0
        sw      t1, 0(t0)
        la      t1, level0                      # VDATA: through the second-level table
        srli    t1, t1, 2
        ori     t1, t1, 1
        sw      t1, (VDATA >> 22) * 4(t0)
        la      t2, level0
        la      t1, page
        srli    t1, t1, 2
        ori     t1, t1, LEAF_RW
        sw      t1, 0(t2)
        srli    t0, t0, 12
        li      t1, 0x80000000
        or      t0, t0, t1
        csrw    satp, t0
        sfence.vma
        li      t0, MPP
        csrc    mstatus, t0
        li      t0, MPP_S
        csrs    mstatus, t0
        la      t0, supervisor
        csrw    mepc, t0
        mret

        .globl supervisor
supervisor:
        li      a0, VDATA
        li      t0, 0x61746174
        sw      t0, 0(a0)
        la      a0, message
        call    puts
        li      t0, TEST
        li      t1, TEST_PASS
        sw      t1, 0(t0)
1:      j       1b

# puts: write the NUL-terminated string at a0 to the UART. Clobbers a0, t0-t2.
        .type   puts, @function
puts:
        li      t0, UART
1:      lbu     t1, 0(a0)
        beqz    t1, 3f
2:      lbu     t2, UART_LSR(t0)
        andi    t2, t2, LSR_THRE
        beqz    t2, 2b
        sb      t1, 0(t0)
        addi    a0, a0, 1
        j       1b
3:      ret
        .size   puts, . - puts

        .section .rodata
message:
        .asciz  "paging on\n"

        .section .bss
        .balign 4096
        .globl root
root:   .skip   4096
level0: .skip   4096
        .globl page
page:   .skip   4096
        .skip   4096
stack_top:
