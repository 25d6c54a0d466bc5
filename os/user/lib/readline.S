# readline.S: reading a file descriptor line by line. It reads one byte at a time, so it never
# takes more than the line from the descriptor: a shell reading its script from a pipe leaves the
# rest of the input to the programs it starts, as sh does.

    .text

# readline(a0 fd, a1 buf, a2 size) -> a0: the bytes taken from fd for this line, its newline
# included; 0 at end of file; -errno if read failed. The line goes into buf without its newline,
# ending in a zero byte. A line longer than size-1 bytes comes back in pieces, each without a
# newline. Clobbers a-, t-registers. May sleep (read).
    .globl readline
    .type readline, @function
readline:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    mv s0, a0
    mv s1, a1
    addi s2, a2, -1             # room for the bytes, the zero after them kept aside
    li s3, 0                    # bytes stored
1:  beq s3, s2, 3f
    mv a0, s0
    add a1, s1, s3
    li a2, 1
    call read
    bltz a0, 4f
    beqz a0, 3f
    add t0, s1, s3
    lbu t1, 0(t0)
    li t2, '\n'
    beq t1, t2, 2f
    addi s3, s3, 1
    j 1b
2:  sb zero, 0(t0)              # the newline counts as taken but is not kept
    addi a0, s3, 1
    j 5f
3:  add t0, s1, s3
    sb zero, 0(t0)
    mv a0, s3
    j 5f
4:  sb zero, 0(s1)
5:  lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret
    .size readline, . - readline
