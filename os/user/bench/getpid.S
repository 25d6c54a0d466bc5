# getpid.S: /bench/getpid [N]: calls getpid(2) N times (default 0) and exits 0. A benchmark of the
# system call round trip (os/bench/os-benchmark.sh): the instructions of a run with N calls,
# less those of a run with none, over N, are one call and its four loop instructions.

    .include "syscalls.inc"
    .include "linux.inc"

    .text
# main(a0 argc, a1 argv) -> a0: 0, or 2 if N is not a number. s0 the calls left.
    .globl main
    .type main, @function
main:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    li s0, 0
    li t0, 2
    blt a0, t0, .Lcall              # no N: no calls
    lw a0, 4(a1)
    call atou
    bltz a0, .Lusage
    mv s0, a0
.Lcall:
    beqz s0, .Ldone
    li a7, SYS_getpid
    ecall
    addi s0, s0, -1
    j .Lcall
.Ldone:
    li a0, 0
    j .Lout
.Lusage:
    li a0, 2
.Lout:
    lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret
    .size main, . - main
