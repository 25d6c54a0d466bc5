# vm.S: Sv32 address spaces.
#
# An address space is a root page table (one page of 1024 entries). Every address space maps:
#   - RAM, at its own address (VA == PA), with 4 MiB megapages in the upper half of the root,
#     readable, writable and executable by the kernel only;
#   - the device window (machine.inc's DEVICE_WINDOW, the last root entry): one page for each
#     device page the S-mode kernel touches, kernel only (device_pages below, the map in
#     docs/boot.md), as Linux keeps MMIO in kernel virtual space;
#   - user pages, below USER_TOP, each a 4 KiB page with U set, found through level-0 tables.
# So a kernel pointer is a physical address in every address space, and a device can be given
# one for DMA; and every address below USER_TOP is the process's own. The kernel's half of the
# root (entries from USER_TOP up) is built once, in kernel_root, and copied into each new root,
# so all address spaces share the window's level-0 table. Every leaf the kernel makes has A
# set, and D when writable, so the hart never needs to update a PTE. Invariants: below USER_TOP
# there are only user pages (U set), which belong to that address space alone (vm_free frees
# them with their level-0 tables); the kernel's half is never freed.
# User memory is reached only through user_translate, which checks V, U and the permission,
# so a bad user pointer is an error code, never a kernel page fault.

    .include "machine.inc"
    .include "errno.inc"

    .equ KERNEL_RAM_FLAGS,  PTE_V | PTE_R | PTE_W | PTE_X | PTE_G | PTE_A | PTE_D
    .equ DEVICE_FLAGS,      PTE_R | PTE_W | PTE_G
    .equ USER_ROOT_ENTRIES, USER_TOP >> 22  # root entries below USER_TOP: 512
    .equ PTE_LEAF,          PTE_R | PTE_W | PTE_X

    .section .text
# vm_init: makes the kernel's own address space (RAM and the device window), turns paging on
# with it and moves the console to the UART's window page. Returns nothing; out of memory this
# early stops the machine. Clobbers the caller-saved registers.
    .globl vm_init
vm_init:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    call page_alloc
    beqz a0, 4f
    mv s0, a0                       # s0: the root
    la t0, ram_base                 # RAM by megapages
    lw t1, 0(t0)
    la t0, ram_size
    lw t2, 0(t0)
    add t2, t1, t2                  # at most RAM_LIMIT (fdt.S): below the window's entry
1:  bgeu t1, t2, 2f
    srli t3, t1, 22
    slli t3, t3, 2
    add t3, s0, t3
    srli t0, t1, PAGE_SHIFT
    slli t0, t0, PTE_PPN_SHIFT
    ori t0, t0, KERNEL_RAM_FLAGS
    sw t0, 0(t3)
    li t0, MEGAPAGE_SIZE
    add t1, t1, t0
    j 1b
2:  la s1, device_pages             # s1: the next [virtual, physical] pair
3:  lw a1, 0(s1)
    beqz a1, 5f
    lw a2, 4(s1)
    mv a0, s0
    li a3, DEVICE_FLAGS
    call vm_map
    bnez a0, 4f
    addi s1, s1, 8
    j 3b
5:  la t0, kernel_root
    sw s0, 0(t0)
    mv a0, s0
    call vm_activate
    li t0, UART_BASE
    la t1, console_uart
    sw t0, 0(t1)
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret
4:  la a0, no_memory_message
    call kprintf
    li a0, 1
    call power_off

# vm_activate: a0 = a root page table. Makes it the hart's address space. Clobbers t0.
    .globl vm_activate
vm_activate:
    srli t0, a0, PAGE_SHIFT
    li a0, SATP_SV32
    or t0, t0, a0
    csrw satp, t0
    sfence.vma zero, zero
    ret

# vm_create: returns a0 = the root of a new address space with the kernel's mappings and no
# user pages, or 0 when memory ran out. Clobbers the caller-saved registers.
    .globl vm_create
vm_create:
    addi sp, sp, -16
    sw ra, 12(sp)
    call page_alloc
    beqz a0, 2f
    la t0, kernel_root
    lw t0, 0(t0)
    li t1, USER_ROOT_ENTRIES * 4    # the kernel's half of the root, entry by entry
    li t2, PAGE_SIZE
1:  add t3, t0, t1
    lw t3, 0(t3)
    add t4, a0, t1
    sw t3, 0(t4)
    addi t1, t1, 4
    bltu t1, t2, 1b
2:  lw ra, 12(sp)
    addi sp, sp, 16
    ret

# vm_free: a0 = a root. Frees its user pages, its level-0 tables and the root itself.
# Must not be the hart's address space. Clobbers the caller-saved registers.
    .globl vm_free
vm_free:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    mv s0, a0                       # s0: the root
    li s1, 0                        # s1: the root entry, below USER_TOP only
1:  slli t0, s1, 2
    add t0, s0, t0
    lw t0, 0(t0)
    andi t1, t0, PTE_V
    beqz t1, 4f
    andi t1, t0, PTE_LEAF
    bnez t1, 4f
    srli s2, t0, PTE_PPN_SHIFT
    slli s2, s2, PAGE_SHIFT         # s2: a level-0 table
    li s3, 0                        # s3: its byte offset
2:  add t0, s2, s3
    lw t0, 0(t0)
    andi t1, t0, PTE_V | PTE_U
    li t2, PTE_V | PTE_U
    bne t1, t2, 3f
    srli a0, t0, PTE_PPN_SHIFT
    slli a0, a0, PAGE_SHIFT
    call page_free
3:  addi s3, s3, 4
    li t0, PAGE_SIZE
    bltu s3, t0, 2b
    mv a0, s2
    call page_free
4:  addi s1, s1, 1
    li t0, USER_ROOT_ENTRIES
    bltu s1, t0, 1b
    mv a0, s0
    call page_free
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret

# vm_pte: a0 = a root, a1 = a virtual address, a2 = 1 to make a missing level-0 table, 0 not to.
# Returns a0 = the address of the level-0 entry for a1, or 0 when there is no table (or no
# memory for one, or a1 is in a megapage). Clobbers the caller-saved registers.
    .globl vm_pte
vm_pte:
    srli t0, a1, 22
    slli t0, t0, 2
    add t0, a0, t0                  # t0: the root entry
    lw t1, 0(t0)
    andi t2, t1, PTE_V
    beqz t2, 2f
    andi t2, t1, PTE_LEAF
    bnez t2, 3f
1:  srli t1, t1, PTE_PPN_SHIFT
    slli t1, t1, PAGE_SHIFT
    srli t2, a1, PAGE_SHIFT
    andi t2, t2, 0x3ff
    slli t2, t2, 2
    add a0, t1, t2
    ret
2:  beqz a2, 3f
    addi sp, sp, -16
    sw ra, 12(sp)
    sw t0, 8(sp)
    sw a1, 4(sp)
    call page_alloc
    lw ra, 12(sp)
    lw t0, 8(sp)
    lw a1, 4(sp)
    addi sp, sp, 16
    beqz a0, 3f
    srli t1, a0, PAGE_SHIFT
    slli t1, t1, PTE_PPN_SHIFT
    ori t1, t1, PTE_V
    sw t1, 0(t0)
    j 1b
3:  li a0, 0
    ret

# vm_mapped: a0 = a root, a1 = a virtual address below USER_TOP. Returns a0 = 1 when a page is
# mapped there, else 0. Clobbers the caller-saved registers.
    .globl vm_mapped
vm_mapped:
    addi sp, sp, -16
    sw ra, 12(sp)
    li a2, 0
    call vm_pte
    beqz a0, 1f
    lw a0, 0(a0)
    andi a0, a0, PTE_V
1:  lw ra, 12(sp)
    addi sp, sp, 16
    ret

# vm_map: a0 = a root, a1 = a page's virtual address, a2 = a physical page, a3 = permissions
# (PTE_R, PTE_W, PTE_X, PTE_U, PTE_G). Maps the page, replacing what was there. Returns a0 = 0,
# or -ENOMEM when no level-0 table could be made. Clobbers the caller-saved registers.
    .globl vm_map
vm_map:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw a2, 8(sp)
    sw a3, 4(sp)
    li a2, 1
    call vm_pte
    lw ra, 12(sp)
    lw a2, 8(sp)
    lw a3, 4(sp)
    addi sp, sp, 16
    beqz a0, 2f
    srli t0, a2, PAGE_SHIFT
    slli t0, t0, PTE_PPN_SHIFT
    or t0, t0, a3
    ori t0, t0, PTE_V | PTE_A
    andi t1, a3, PTE_W
    beqz t1, 1f
    ori t0, t0, PTE_D
1:  sw t0, 0(a0)
    li a0, 0
    ret
2:  li a0, -ENOMEM
    ret

# vm_unmap: a0 = a root, a1 = a user page's virtual address. Frees the page if it is mapped
# and clears its entry; the caller flushes the TLB. Clobbers the caller-saved registers.
    .globl vm_unmap
vm_unmap:
    addi sp, sp, -16
    sw ra, 12(sp)
    li a2, 0
    call vm_pte
    beqz a0, 1f
    lw t0, 0(a0)
    andi t1, t0, PTE_V | PTE_U
    li t2, PTE_V | PTE_U
    bne t1, t2, 1f
    sw zero, 0(a0)
    srli a0, t0, PTE_PPN_SHIFT
    slli a0, a0, PAGE_SHIFT
    call page_free
1:  lw ra, 12(sp)
    addi sp, sp, 16
    ret

# user_translate: a0 = a root, a1 = a user virtual address, a2 = the permissions the access needs
# (PTE_R, PTE_W, PTE_X or several). Returns a0 = the physical address, or 0 when a1 is not a user
# address mapped with them. Clobbers the caller-saved registers.
    .globl user_translate
user_translate:
    li t0, USER_TOP
    bgeu a1, t0, 1f
    addi sp, sp, -16
    sw ra, 12(sp)
    sw a1, 8(sp)
    sw a2, 4(sp)
    li a2, 0
    call vm_pte
    lw ra, 12(sp)
    lw a1, 8(sp)
    lw a2, 4(sp)
    addi sp, sp, 16
    beqz a0, 1f
    lw t0, 0(a0)
    ori a2, a2, PTE_V | PTE_U
    and t1, t0, a2
    bne t1, a2, 1f
    srli t0, t0, PTE_PPN_SHIFT
    slli t0, t0, PAGE_SHIFT
    PAGE_OFFSET t1, a1
    or a0, t0, t1
    ret
1:  li a0, 0
    ret

# copy_out: a0 = a root, a1 = a user address, a2 = kernel bytes, a3 = their number. Copies them
# to the user's memory if every page there is mapped user-writable. Returns a0 = 0 or -EFAULT
# (pages before the bad one may have been written, as on Linux). Clobbers the caller-saved registers.
    .globl copy_out
copy_out:
    li a4, PTE_W
    j copy_user

# copy_in: a0 = a root, a1 = a user address, a2 = a kernel buffer, a3 = a number of bytes.
# Copies them from the user's memory if every page there is mapped user-readable. Returns
# a0 = 0 or -EFAULT. Clobbers the caller-saved registers.
    .globl copy_in
copy_in:
    li a4, PTE_R

# copy_user: copy_out's and copy_in's loop; a4 says which way (PTE_W: out, PTE_R: in).
copy_user:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    sw s4, 8(sp)
    sw s5, 4(sp)
    mv s0, a0                       # s0: root
    mv s1, a1                       # s1: the user address
    mv s2, a2                       # s2: the kernel address
    mv s3, a3                       # s3: bytes left
    mv s4, a4                       # s4: the way
1:  beqz s3, 3f
    mv a0, s0
    mv a1, s1
    mv a2, s4
    call user_translate
    beqz a0, 4f
    PAGE_OFFSET t0, s1
    li s5, PAGE_SIZE
    sub s5, s5, t0                  # s5: bytes to the end of the user page
    bleu s5, s3, 2f
    mv s5, s3
2:  mv a1, s2
    mv a2, s5
    li t0, PTE_W
    beq s4, t0, 5f
    mv a1, a0                       # in: from the user page to the kernel's
    mv a0, s2
5:  call memcpy
    add s1, s1, s5
    add s2, s2, s5
    sub s3, s3, s5
    j 1b
3:  li a0, 0
    j 6f
4:  li a0, -EFAULT
6:  lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    lw s4, 8(sp)
    lw s5, 4(sp)
    addi sp, sp, 32
    ret

# copy_in_string: a0 = a root, a1 = a user address of a NUL-terminated string, a2 = a kernel
# buffer, a3 = its size. Copies the string with its NUL. Returns a0 = its length (without the
# NUL), -EFAULT (a byte of it is not user-readable) or -ENAMETOOLONG (it does not fit).
# Clobbers the caller-saved registers.
    .globl copy_in_string
copy_in_string:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    sw s4, 8(sp)
    mv s0, a0                           # s0: root
    mv s1, a1                           # s1: the user address
    mv s2, a2                           # s2: the kernel buffer
    mv s3, a3                           # s3: its size
    li s4, 0                            # s4: bytes copied
1:  beq s4, s3, 4f
    mv a0, s0
    add a1, s1, s4
    li a2, PTE_R
    call user_translate                 # once per byte: strings are short, and it stays simple
    beqz a0, 3f
    lbu t0, 0(a0)
    add t1, s2, s4
    sb t0, 0(t1)
    beqz t0, 2f
    addi s4, s4, 1
    j 1b
2:  mv a0, s4
    j 5f
3:  li a0, -EFAULT
    j 5f
4:  li a0, -ENAMETOOLONG
5:  lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    lw s4, 8(sp)
    addi sp, sp, 32
    ret

    .section .rodata
    .balign 4
# The device window's pages, as [virtual, physical] pairs, ending with a zero pair. The finisher
# is not among them: powering off is M-mode's (boot.S's MCALL_POWER_OFF), as SBI's system reset.
device_pages:
    .word RTC_BASE, RTC_PHYS
    .word UART_BASE, UART_PHYS
    .word PLIC_PRIORITY, PLIC_PRIORITY_PHYS
    .word PLIC_ENABLE_S & ~(PAGE_SIZE - 1), PLIC_ENABLE_S_PHYS & ~(PAGE_SIZE - 1)
    .word PLIC_THRESHOLD_S, PLIC_CONTEXT_S_PHYS
    .set slot, 0
    .rept VIRTIO_SLOTS
    .word VIRTIO_BASE + slot * PAGE_SIZE, VIRTIO_PHYS + slot * PAGE_SIZE
    .set slot, slot + 1
    .endr
    .word 0, 0
no_memory_message:
    .asciz "vm: no memory for the kernel's page table\n"

    .section .bss
    .balign 4
    .globl kernel_root
kernel_root:    .space 4            # the kernel's own address space, for the scheduler

    .section .data
    .balign 4
# console_uart: where the kernel reaches the UART. Its physical address while paging is off
# (S-mode's start) and in M-mode (boot.S's fatal report puts it back); its window page once
# vm_init has turned paging on.
    .globl console_uart
console_uart:   .word UART_PHYS
