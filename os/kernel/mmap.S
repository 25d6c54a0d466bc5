# mmap.S: anonymous memory for user space: mmap2, munmap, mprotect.
#
# A mapping is nothing but its pages in the page table: zeroed pages mapped at once (eager),
# each with the permissions asked for. mmap2 without MAP_FIXED takes the highest free run of
# pages in the mmap window, from just below the stack (a guard page between) down to
# MMAP_BOTTOM (machine.inc), where the program break's room ends. A page is free when its PTE is
# not valid; below USER_TOP every valid page is the process's own (the kernel's devices are in
# its window above RAM, vm.S).
# Invariant: every page these calls map has U set, so vm_free and vm_unmap free it.
# Not yet: file mappings (-ENODEV, which Linux also gives for a pipe or the console; Linux maps
# a regular file), MAP_SHARED (-EINVAL), PROT_NONE (-EINVAL: an Sv32 PTE without
# R, W and X is a pointer to a table, so a reserved-but-inaccessible page needs more than a PTE).

    .include "machine.inc"
    .include "errno.inc"
    .include "kernel-layout.inc"
    .equ PROT_ALL,      PROT_READ | PROT_WRITE | PROT_EXEC
    .equ MAP_TAKEN,     MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS | MAP_NORESERVE | MAP_POPULATE | MAP_STACK
    .equ MMAP_TOP,      USER_STACK_BOTTOM - PAGE_SIZE   # below the stack and a guard page

    .section .text
# CURRENT_ROOT reg: reg = the current process's root page table.
    .macro CURRENT_ROOT reg
    la \reg, current
    lw \reg, 0(\reg)
    lw \reg, PCB_ROOT(\reg)
    .endm

# prot_to_pte: a0 = PROT_* bits (not 0). Returns a0 = the PTE permissions, U included (write
# implies read: Sv32 has no write-only pages). Clobbers t0, a1.
prot_to_pte:
    li t0, PTE_U
    andi a0, a0, PROT_ALL
    andi a1, a0, PROT_READ
    beqz a1, 1f
    ori t0, t0, PTE_R
1:  andi a1, a0, PROT_WRITE
    beqz a1, 2f
    ori t0, t0, PTE_R | PTE_W
2:  andi a1, a0, PROT_EXEC
    beqz a1, 3f
    ori t0, t0, PTE_X
3:  mv a0, t0
    ret

# mmap2(addr, length, prot, flags, fd, pgoffset): maps length bytes (rounded up to pages) of
# zeroed anonymous memory, private to the process (copied by fork), with prot; at addr exactly
# with MAP_FIXED (replacing the process's own pages there), else where the kernel finds room (addr
# is only a hint, and not taken). Returns the address, or -EINVAL (length 0, a bad addr or flag,
# PROT_NONE, MAP_SHARED), -ENOMEM (no room, no memory, or MAP_FIXED past USER_TOP).
# A file mapping is checked in Linux's order (ksys_mmap_pgoff, do_mmap): fd not open: -EBADF;
# then length 0, or neither MAP_PRIVATE nor MAP_SHARED: -EINVAL; then -ENODEV (not done).
    .globl sys_mmap2
sys_mmap2:
    andi t0, a3, MAP_ANONYMOUS
    beqz t0, mmap_file
    li t0, ~MAP_TAKEN
    and t0, a3, t0
    bnez t0, mmap_invalid               # MAP_SHARED among them
    andi t0, a3, MAP_PRIVATE
    beqz t0, mmap_invalid
    andi t0, a2, PROT_ALL
    beqz t0, mmap_invalid
    li t0, ~PROT_ALL
    and t0, a2, t0
    bnez t0, mmap_invalid
    beqz a1, mmap_invalid
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    sw s4, 8(sp)
    mv s0, a0                           # s0: the address
    mv s4, a3                           # s4: flags
    PAGE_UP s1, a1                      # s1: bytes, whole pages
    li a0, -ENOMEM
    bltu s1, a1, mmap_done              # rounding wrapped around
    mv a0, a2
    call prot_to_pte
    mv s2, a0                           # s2: the PTE permissions
    andi t0, s4, MAP_FIXED
    beqz t0, 1f
    li a0, -EINVAL
    PAGE_OFFSET t0, s0
    bnez t0, mmap_done
    li t0, PAGE_SIZE
    bltu s0, t0, mmap_done              # page 0 stays unmapped
    add t0, s0, s1
    li a0, -ENOMEM
    bltu t0, s0, mmap_done
    li t1, USER_TOP
    bgtu t0, t1, mmap_done
    mv a0, s0
    mv a1, s1
    call unmap_user_range               # what the process had there goes
    j 2f
1:  mv a0, s1
    call find_room
    beqz a0, mmap_no_room
    mv s0, a0
2:  li s3, 0                            # s3: bytes mapped
3:  bgeu s3, s1, mmap_mapped
    call page_alloc
    beqz a0, mmap_undo
    mv a2, a0
    sw a2, 4(sp)
    CURRENT_ROOT a0
    add a1, s0, s3
    mv a3, s2
    call vm_map
    bnez a0, 4f
    li t0, PAGE_SIZE
    add s3, s3, t0
    j 3b
4:  lw a0, 4(sp)
    call page_free
mmap_undo:
    mv a0, s0
    mv a1, s3
    call unmap_user_range
    sfence.vma zero, zero
mmap_no_room:
    li a0, -ENOMEM
    j mmap_done
mmap_mapped:
    sfence.vma zero, zero
    mv a0, s0
mmap_done:
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    lw s4, 8(sp)
    addi sp, sp, 32
    ret
mmap_invalid:
    li a0, -EINVAL
    ret
mmap_file:
    mv t2, ra
    mv t3, a1                           # t3: length
    mv a0, a4
    call fd_lookup                      # (clobbers t0, t1)
    mv ra, t2
    beqz a0, 1f
    beqz t3, mmap_invalid
    andi t0, a3, MAP_SHARED | MAP_PRIVATE
    beqz t0, mmap_invalid
    li a0, -ENODEV
    ret
1:  li a0, -EBADF
    ret

# find_room: a0 = bytes (whole pages, not 0). Returns a0 = the highest address in the mmap window
# where that many pages are all free, or 0. Clobbers the caller-saved registers.
find_room:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    mv s0, a0                           # s0: bytes wanted
    li s1, MMAP_TOP                     # s1: the bottom of the free run so far
    li s2, 0                            # s2: its length
1:  bgeu s2, s0, 3f
    li t0, MMAP_BOTTOM + PAGE_SIZE
    bltu s1, t0, 4f
    li t0, PAGE_SIZE
    sub s1, s1, t0
    CURRENT_ROOT a0
    mv a1, s1
    li a2, 0
    call vm_pte
    beqz a0, 2f
    lw t0, 0(a0)
    andi t0, t0, PTE_V
    beqz t0, 2f
    li s2, 0                            # taken: the run starts again below
    j 1b
2:  li t0, PAGE_SIZE
    add s2, s2, t0
    j 1b
3:  mv a0, s1
    j 5f
4:  li a0, 0
5:  lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    addi sp, sp, 32
    ret

# unmap_user_range: a0 = a page address, a1 = bytes (whole pages), a range below USER_TOP.
# Unmaps and frees the process's pages there (every valid page below USER_TOP is the process's);
# the caller flushes the TLB. Clobbers the caller-saved registers.
unmap_user_range:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s0, a0                           # s0: the page
    add s1, a0, a1                      # s1: the end
1:  bgeu s0, s1, 2f
    CURRENT_ROOT a0
    mv a1, s0
    call vm_unmap
    li t0, PAGE_SIZE
    add s0, s0, t0
    j 1b
2:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret

# munmap(addr, length): unmaps the process's pages in [addr, addr + length rounded up to pages),
# mapped or not, as Linux does. -EINVAL: addr not page-aligned, length 0, the range outside user
# space.
    .globl sys_munmap
sys_munmap:
    PAGE_OFFSET t0, a0
    bnez t0, 1f
    beqz a1, 1f
    PAGE_UP t1, a1
    bltu t1, a1, 1f
    add t0, a0, t1
    bltu t0, a0, 1f
    li t2, USER_TOP
    bgtu t0, t2, 1f
    addi sp, sp, -16
    sw ra, 12(sp)
    mv a1, t1
    call unmap_user_range
    sfence.vma zero, zero
    lw ra, 12(sp)
    addi sp, sp, 16
    li a0, 0
    ret
1:  li a0, -EINVAL
    ret

# mprotect(addr, length, prot): gives every page of [addr, addr + length rounded up) the
# permissions prot (write implies read). -EINVAL: addr not page-aligned, an unknown prot bit,
# PROT_NONE (see above). -ENOMEM: a page of the range is not mapped for the process (then
# nothing changed). Returns 0.
    .globl sys_mprotect
sys_mprotect:
    PAGE_OFFSET t0, a0
    bnez t0, 9f
    li t0, ~PROT_ALL
    and t0, a2, t0
    bnez t0, 9f
    beqz a2, 9f
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    mv s0, a0                           # s0: the start
    PAGE_UP t1, a1
    add s1, a0, t1                      # s1: the end
    li a0, -ENOMEM
    bltu s1, s0, 5f
    mv a0, a2
    call prot_to_pte
    mv s2, a0                           # s2: the permissions
    li s3, 0                            # s3: 0 while checking, 1 while changing
1:  mv t2, s0                           # (the loop's cursor lives in the frame across calls)
    sw t2, 8(sp)
2:  lw t2, 8(sp)
    bgeu t2, s1, 4f
    CURRENT_ROOT a0
    mv a1, t2
    li a2, 0
    call vm_pte
    beqz a0, 3f
    lw t0, 0(a0)
    andi t1, t0, PTE_V | PTE_U
    li t2, PTE_V | PTE_U
    bne t1, t2, 3f
    beqz s3, 6f
    andi t0, t0, ~(PTE_R | PTE_W | PTE_X | PTE_D)
    or t0, t0, s2
    andi t1, s2, PTE_W
    beqz t1, 7f
    ori t0, t0, PTE_D
7:  sw t0, 0(a0)
6:  lw t2, 8(sp)
    li t0, PAGE_SIZE
    add t2, t2, t0
    sw t2, 8(sp)
    j 2b
3:  li a0, -ENOMEM                      # a hole: nothing has changed yet
    j 5f
4:  bnez s3, 8f
    li s3, 1                            # every page is there: now change them
    j 1b
8:  sfence.vma zero, zero
    li a0, 0
5:  lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret
9:  li a0, -EINVAL
    ret
