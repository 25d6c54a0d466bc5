# text-store.S: stores into its own code, which is mapped read and execute only: the kernel
# must kill the process with SIGSEGV (init's status 139), naming the address.
    .text
    .globl _start
_start:
    la t0, _start
    sw zero, 0(t0)
    li a7, 93                           # exit, never reached
    ecall
