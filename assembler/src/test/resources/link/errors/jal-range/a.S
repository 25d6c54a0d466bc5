# jal to an absolute address 256 MiB away.
    .text
    .globl _start
_start:
    jal ra, distant
    j distant - 0x100000
