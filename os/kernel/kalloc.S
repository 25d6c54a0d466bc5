# kalloc.S: the physical page allocator.
#
# Free pages form a singly linked list through their first word; page_alloc takes the head,
# page_free pushes. Every page from the end of the kernel image (_end, rounded up) to the end of
# RAM is free at boot, except the pages of the initrd, which the machine put in RAM before the
# kernel ran. The device tree's pages are free too: fdt_scan has taken from it all the kernel
# needs (and its size differs between QEMU and Strata, which would make the report differ). free_pages counts the list. Invariants: a page is on
# the list at most once; every page on it is in RAM, page-aligned and belongs to no one.
# Interrupts are off in the kernel, so the list needs no lock.

    .include "machine.inc"

    .section .text
# kalloc_init: builds the free list. Needs ram_base, ram_size, initrd_start, initrd_end (fdt.S).
# Clobbers the caller-saved registers.
    .globl kalloc_init
kalloc_init:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    la s0, _end
    PAGE_UP s0, s0                  # s0: the page to consider
    la t0, ram_base
    lw t1, 0(t0)
    la t0, ram_size
    lw t0, 0(t0)
    add s1, t1, t0                  # s1: the end of RAM
1:  bgeu s0, s1, 3f
    mv a0, s0
    la t0, initrd_start
    lw a1, 0(t0)
    la t0, initrd_end
    lw a2, 0(t0)
    call page_overlaps
    bnez a0, 2f
    mv a0, s0
    call page_free
2:  li t0, PAGE_SIZE
    add s0, s0, t0
    j 1b
3:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret

# page_overlaps: a0 = a page, [a1, a2) = a range (empty when a2 <= a1). Returns a0 = 1 if the
# page shares a byte with the range, else 0. Clobbers t0.
page_overlaps:
    bgeu a1, a2, 1f                 # empty
    bgeu a0, a2, 1f                 # the page starts at or after the end
    li t0, PAGE_SIZE
    add t0, a0, t0
    bgeu a1, t0, 1f                 # the range starts at or after the page's end
    li a0, 1
    ret
1:  li a0, 0
    ret

# page_free: a0 = a page that nobody uses any more. Clobbers t0, t1.
    .globl page_free
page_free:
    la t0, free_list
    lw t1, 0(t0)
    sw t1, 0(a0)
    sw a0, 0(t0)
    la t0, free_pages
    lw t1, 0(t0)
    addi t1, t1, 1
    sw t1, 0(t0)
    ret

# page_alloc: returns a0 = a page filled with zeros, or 0 when none is left. Clobbers t0..t2.
    .globl page_alloc
page_alloc:
    la t0, free_list
    lw a0, 0(t0)
    beqz a0, 2f
    lw t1, 0(a0)
    sw t1, 0(t0)
    la t0, free_pages
    lw t1, 0(t0)
    addi t1, t1, -1
    sw t1, 0(t0)
    mv t0, a0
    li t1, PAGE_SIZE
    add t1, a0, t1
1:  sw zero, 0(t0)
    sw zero, 4(t0)
    sw zero, 8(t0)
    sw zero, 12(t0)
    sw zero, 16(t0)
    sw zero, 20(t0)
    sw zero, 24(t0)
    sw zero, 28(t0)
    addi t0, t0, 32
    bltu t0, t1, 1b
2:  ret

    .section .bss
    .balign 4
    .globl free_pages
free_list:  .space 4                # the first free page, 0 when none
free_pages: .space 4                # how many are on the list
