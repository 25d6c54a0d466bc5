# sort.S: sorting an array of string pointers in place, by strcmp: byte order, the order
# `LC_ALL=C ls` and `LC_ALL=C sort` give. Shell sort with the gaps n/2, n/4, ..., 1: a few lines,
# no extra memory, and fast enough for the thousands of names a directory here holds.

    .text

# sort_strings(a0 array, a1 n): sorts the n pointers at array so their strings ascend.
# Clobbers a-, t-registers. Never sleeps.
    .globl sort_strings
    .type sort_strings, @function
sort_strings:
    addi sp, sp, -48
    sw ra, 44(sp)
    sw s0, 40(sp)
    sw s1, 36(sp)
    sw s2, 32(sp)
    sw s3, 28(sp)
    sw s4, 24(sp)
    sw s5, 20(sp)
    sw s6, 16(sp)
    mv s0, a0                   # the array
    mv s1, a1                   # n
    srli s2, s1, 1              # the gap
1:  beqz s2, 6f
    mv s3, s2                   # i: insert array[i] among the elements gap, 2*gap ... before it
2:  bgeu s3, s1, 5f
    slli t0, s3, 2
    add t0, s0, t0
    lw s5, 0(t0)                # the string being inserted
    mv s4, s3                   # j: where it goes
3:  bltu s4, s2, 4f
    sub t1, s4, s2
    slli t1, t1, 2
    add t1, s0, t1
    lw s6, 0(t1)                # array[j - gap]
    mv a0, s6
    mv a1, s5
    call strcmp
    blez a0, 4f                 # array[j - gap] <= the string: it stays here
    slli t0, s4, 2
    add t0, s0, t0
    sw s6, 0(t0)
    sub s4, s4, s2
    j 3b
4:  slli t0, s4, 2
    add t0, s0, t0
    sw s5, 0(t0)
    addi s3, s3, 1
    j 2b
5:  srli s2, s2, 1
    j 1b
6:  lw ra, 44(sp)
    lw s0, 40(sp)
    lw s1, 36(sp)
    lw s2, 32(sp)
    lw s3, 28(sp)
    lw s4, 24(sp)
    lw s5, 20(sp)
    lw s6, 16(sp)
    addi sp, sp, 48
    ret
    .size sort_strings, . - sort_strings
