# peek.S: /test/peek ADDR reads the word at ADDR (hexadecimal, with or without 0x) and prints it.
# For addresses where nothing is mapped it shows that a user program's bad access ends that
# program alone: the kernel kills it with SIGSEGV and a shell that started it goes on, with
# $? = 139. Below 0x80000000 only the program's own pages are mapped: 0x100000 (the sifive_test
# finisher's bus address) and 0x10000000 (the UART's) fault as any unmapped address, because the
# kernel keeps the devices in its own window above RAM (docs/boot.md). Status 0 when the read
# returned; a bad argument: usage, 2.

    .include "runtime.inc"

    .section .rodata
reading:    .asciz "peek: reading %x\n"
value:      .asciz "peek: %x holds %x\n"
usage:      .asciz "usage: %s ADDR (hexadecimal)\n"

    .text
# main(a0 argc, a1 argv) -> a0: 0, or 2 for a bad command line. s0: the address.
    .globl main
    .type main, @function
main:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s1, a1
    li t0, 2
    bne a0, t0, 2f
    lw a0, 4(a1)
    call parse_hex
    bltz a1, 2f
    mv s0, a0
    li a0, STDOUT
    la a1, reading
    mv a2, s0
    call fdprintf
    lw a3, 0(s0)                # the access the program exists for
    li a0, STDOUT
    la a1, value
    mv a2, s0
    call fdprintf
    li a0, 0
    j 3f
2:  li a0, STDERR
    la a1, usage
    lw a2, 0(s1)
    call fdprintf
    li a0, 2
3:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret
    .size main, . - main

# parse_hex(a0 string) -> a0 the number, a1 0; or a1 -1 when the string has no digit, holds a
# byte that is not a hex digit, or a number above 0xffffffff. Clobbers t0..t2.
parse_hex:
    mv t0, a0
    li a0, 0
    li a1, -1
    lbu t1, 0(t0)               # an optional 0x
    li t2, '0'
    bne t1, t2, 1f
    lbu t1, 1(t0)
    li t2, 'x'
    bne t1, t2, 1f
    addi t0, t0, 2
1:  lbu t1, 0(t0)
    beqz t1, 4f
    addi t2, t1, -'0'
    sltiu t1, t2, 10
    bnez t1, 2f
    lbu t1, 0(t0)
    ori t1, t1, 0x20            # lower case
    addi t2, t1, -'a'
    sltiu t1, t2, 6
    beqz t1, 3f
    addi t2, t2, 10
2:  srli t1, a0, 28
    bnez t1, 3f                 # one digit too many
    slli a0, a0, 4
    or a0, a0, t2
    li a1, 0
    addi t0, t0, 1
    j 1b
3:  li a1, -1
4:  ret
    .size parse_hex, . - parse_hex
