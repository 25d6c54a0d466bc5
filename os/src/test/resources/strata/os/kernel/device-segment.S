# device-segment.S: a program whose data segment is placed over the sifive_test finisher's page
# (0x100000), which the kernel maps for itself in every address space: exec must refuse it
# (ENOEXEC) rather than hand the device to user space. Linked at 0xff000 by KernelTest, so that
# its data segment lands on 0x100000.
    .text
    .globl _start
_start:
    li a7, 93
    ecall
    .data
    .word 0x5555
