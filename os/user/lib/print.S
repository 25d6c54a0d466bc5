# print.S: formatted output over write(2), the small printf the user programs share.
#
#     fdprintf(fd, "%s: %d bytes at %x\n", name, n, addr)
#
# knows %s (a string; a null pointer prints "(null)" as glibc does), %d (signed decimal),
# %u (unsigned decimal), %x (lower-case hex, no leading zeros), %c (one byte) and %% (a percent
# sign). It formats into a buffer on its own stack frame and writes it whenever it fills and at
# the end, so a short message is one write(2), and nothing stays buffered after it returns.

    .include "errno.inc"

.equ BUF_SIZE, 128

# fdprintf's frame: the output buffer, room for the digits of one number, the six register
# arguments spilled in order (so a pointer can walk them), the saved registers.
.equ F_BUF,    0
.equ F_DIGITS, F_BUF + BUF_SIZE      # 11 digits at most (4294967295 and the sign goes out apart)
.equ F_DIGITS_END, F_DIGITS + 12
.equ F_ARGS,   F_DIGITS + 16         # a2..a7
.equ F_LINK,   F_ARGS + 24           # .Lflush's return address
.equ F_S6,     F_LINK + 4
.equ F_S5,     F_S6 + 4
.equ F_S4,     F_S5 + 4
.equ F_S3,     F_S4 + 4
.equ F_S2,     F_S3 + 4
.equ F_S1,     F_S2 + 4
.equ F_S0,     F_S1 + 4
.equ F_RA,     F_S0 + 4
.equ FRAME,    (F_RA + 4 + 15) & -16

    .section .rodata
null_text:
    .asciz "(null)"
digits:
    .ascii "0123456789abcdef"

    .text

# fdprintf(a0 fd, a1 format, a2..a7 up to six arguments) -> a0: the bytes written, or the
# first write's -errno. Clobbers a-, t-registers. May sleep (write).
#
# Inside: s0 the next format byte, s1 the next argument, s2 bytes in the buffer, s3 fd,
# s4 the result so far, s5 the buffer, s6 the value or string being printed.
    .globl fdprintf
    .type fdprintf, @function
fdprintf:
    addi sp, sp, -FRAME
    sw ra, F_RA(sp)
    sw s0, F_S0(sp)
    sw s1, F_S1(sp)
    sw s2, F_S2(sp)
    sw s3, F_S3(sp)
    sw s4, F_S4(sp)
    sw s5, F_S5(sp)
    sw s6, F_S6(sp)
    sw a2, F_ARGS + 0(sp)
    sw a3, F_ARGS + 4(sp)
    sw a4, F_ARGS + 8(sp)
    sw a5, F_ARGS + 12(sp)
    sw a6, F_ARGS + 16(sp)
    sw a7, F_ARGS + 20(sp)
    mv s3, a0
    mv s0, a1
    addi s1, sp, F_ARGS
    li s2, 0
    li s4, 0
    addi s5, sp, F_BUF
.Lnext:
    lbu a0, 0(s0)
    beqz a0, .Lend
    addi s0, s0, 1
    li t0, '%'
    bne a0, t0, .Lliteral
    lbu t1, 0(s0)
    beqz t1, .Lend              # a lone % at the end prints nothing
    addi s0, s0, 1
    li t0, 's'
    beq t1, t0, .Lstring
    li t0, 'd'
    beq t1, t0, .Lsigned
    li t0, 'u'
    beq t1, t0, .Lunsigned
    li t0, 'x'
    beq t1, t0, .Lhex
    li t0, 'c'
    beq t1, t0, .Lchar
    mv a0, t1                   # %% and unknown conversions print the byte after the %
.Lliteral:
    jal .Lput
    j .Lnext

.Lchar:
    lw a0, 0(s1)
    addi s1, s1, 4
    j .Lliteral

.Lstring:
    lw s6, 0(s1)
    addi s1, s1, 4
    bnez s6, 1f
    la s6, null_text
1:  lbu a0, 0(s6)
    beqz a0, .Lnext
    addi s6, s6, 1
    jal .Lput
    j 1b

.Lsigned:
    lw s6, 0(s1)
    addi s1, s1, 4
    bgez s6, .Ldecimal
    li a0, '-'
    jal .Lput
    neg s6, s6                  # -2^31 stays itself, and prints right as unsigned
    j .Ldecimal
.Lunsigned:
    lw s6, 0(s1)
    addi s1, s1, 4
.Ldecimal:
    li t2, 10
    j .Ldigits
.Lhex:
    lw s6, 0(s1)
    addi s1, s1, 4
    li t2, 16
# The digits of s6 in base t2, written backwards into F_DIGITS, then put out in order.
.Ldigits:
    addi t3, sp, F_DIGITS_END
    la t4, digits
1:  remu t5, s6, t2
    divu s6, s6, t2
    add t5, t4, t5
    lbu t5, 0(t5)
    addi t3, t3, -1
    sb t5, 0(t3)
    bnez s6, 1b
    mv s6, t3
2:  addi t0, sp, F_DIGITS_END
    beq s6, t0, .Lnext
    lbu a0, 0(s6)
    addi s6, s6, 1
    jal .Lput
    j 2b

.Lend:
    jal .Lflush
    mv a0, s4
    lw ra, F_RA(sp)
    lw s0, F_S0(sp)
    lw s1, F_S1(sp)
    lw s2, F_S2(sp)
    lw s3, F_S3(sp)
    lw s4, F_S4(sp)
    lw s5, F_S5(sp)
    lw s6, F_S6(sp)
    addi sp, sp, FRAME
    ret

# .Lput(a0 byte): appends the byte to the buffer, writing the buffer out when it is full.
# Runs on fdprintf's frame and registers; clobbers a-, t-registers.
.Lput:
    add t0, s5, s2
    sb a0, 0(t0)
    addi s2, s2, 1
    li t0, BUF_SIZE
    beq s2, t0, .Lflush
    ret

# .Lflush: writes the buffered bytes (unless an earlier write failed) and empties the buffer.
# Runs on fdprintf's frame and registers; clobbers a-, t-registers.
.Lflush:
    sw ra, F_LINK(sp)
    beqz s2, 2f
    bltz s4, 1f
    mv a0, s3
    mv a1, s5
    mv a2, s2
    call write_all
    add s4, s4, a0
    bgez a0, 1f
    mv s4, a0
1:  li s2, 0
2:  lw ra, F_LINK(sp)
    ret
    .size fdprintf, . - fdprintf

# write_all(a0 fd, a1 buf, a2 n) -> a0: n, or -errno of the write that failed. Writes again
# after a short write (a pipe may take part of a large one). Clobbers a-, t-registers. May sleep.
    .globl write_all
    .type write_all, @function
write_all:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    mv s0, a0
    mv s1, a1
    mv s2, a2
    mv s3, a2
1:  beqz s2, 2f
    mv a0, s0
    mv a1, s1
    mv a2, s2
    call write
    bltz a0, 3f
    beqz a0, 2f                 # nothing taken and no error: give up rather than spin
    add s1, s1, a0
    sub s2, s2, a0
    j 1b
2:  sub a0, s3, s2
3:  lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret
    .size write_all, . - write_all
