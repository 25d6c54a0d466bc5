# A soft-float object and a double-float one cannot be linked together.
    .text
    .globl _start
_start:
    call twice
