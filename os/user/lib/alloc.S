# alloc.S: memory that lives until the process ends, taken from the heap above the program by
# moving the break (brk). Nothing is ever freed: the programs here are short-lived, and a shell
# line's words are reused through mark/release instead.
# Invariant: heap_next <= heap_end, both 0 until the first call; [heap_next, heap_end) is ours
# and unused.

    .bss
    .balign 4
heap_next:
    .zero 4
heap_end:
    .zero 4

    .text

# alloc(a0 n) -> a0: n bytes, 4-byte aligned, or 0 when the kernel gives no more memory.
# Clobbers a-, t-registers. May sleep (brk).
    .globl alloc
    .type alloc, @function
alloc:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    addi s0, a0, 3
    andi s0, s0, -4             # the size, rounded up to keep the next block aligned
    la s1, heap_next
    lw t0, 0(s1)
    bnez t0, 1f
    li a0, 0                    # the first call: brk(0) tells where the heap starts
    call brk
    addi a0, a0, 3
    andi a0, a0, -4
    sw a0, 0(s1)
    sw a0, 4(s1)
1:  lw t0, 0(s1)
    lw t1, 4(s1)
    add t2, t0, s0
    bltu t2, t0, 3f             # wrapped past the top of memory
    bleu t2, t1, 2f
    addi a0, t2, 2047           # grow by whole 4 KiB steps: fewer brk calls
    addi a0, a0, 2047
    addi a0, a0, 1
    li t3, -4096
    and a0, a0, t3
    call brk
    lw t0, 0(s1)
    add t2, t0, s0
    bltu a0, t2, 3f             # the break did not move far enough: no memory
    sw a0, 4(s1)
2:  sw t2, 0(s1)
    mv a0, t0
    j 4f
3:  li a0, 0
4:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret
    .size alloc, . - alloc

# alloc_mark() -> a0: the heap's current top, for alloc_release. Leaf; clobbers t0.
    .globl alloc_mark
    .type alloc_mark, @function
alloc_mark:
    la t0, heap_next
    lw a0, 0(t0)
    ret
    .size alloc_mark, . - alloc_mark

# alloc_release(a0 mark): gives back everything allocated since alloc_mark returned mark.
# Leaf; clobbers t0.
    .globl alloc_release
    .type alloc_release, @function
alloc_release:
    beqz a0, 1f                 # a mark taken before the first alloc: nothing to keep
    la t0, heap_next
    sw a0, 0(t0)
1:  ret
    .size alloc_release, . - alloc_release
