# A jump to an odd address: no instruction can start there.
    .text
    .globl _start
_start:
    j odd
    ret
    .set odd, _start + 5
