# echo.S: /bin/echo [-n] [WORD...]: the words, one space between them, and a newline unless the
# first argument is -n (as GNU echo, which takes only leading options it knows: any other word,
# -x included, is printed). A failed write is reported as GNU echo reports it, with status 1.

    .include "runtime.inc"

    .section .rodata
word:       .asciz "%s"
space:      .asciz " "
newline:    .asciz "\n"
option_n:   .asciz "-n"
write_error: .asciz "%s: write error: %s\n"

    .text
# main(a0 argc, a1 argv) -> a0: 0, or 1 if writing failed.
#   s0 the next word, s1 end with a newline, s2 the exit status.
    .globl main
    .type main, @function
main:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    addi s0, a1, 4              # the next word
    li s1, 1                    # end with a newline
    li s2, 0                    # the exit status
    lw a0, 0(s0)
    beqz a0, 2f
    la a1, option_n
    call strcmp
    bnez a0, 1f
    li s1, 0
    addi s0, s0, 4
    j 1f
3:  li a0, STDOUT               # a space between words, none before the first
    la a1, space
    call fdprintf
    bltz a0, 4f
1:  lw a2, 0(s0)
    beqz a2, 2f
    li a0, STDOUT
    la a1, word
    call fdprintf
    bltz a0, 4f
    addi s0, s0, 4
    lw t0, 0(s0)
    bnez t0, 3b
2:  beqz s1, 5f
    li a0, STDOUT
    la a1, newline
    call fdprintf
    bgez a0, 5f
4:  call strerror               # a0: the failed write's -errno
    mv a3, a0
    la t0, progname
    lw a2, 0(t0)
    la a1, write_error
    li a0, STDERR
    call fdprintf
    li s2, 1
5:  mv a0, s2
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret
    .size main, . - main
