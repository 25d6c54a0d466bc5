# Undefined symbols: each named once per file, with every place that uses it.
    .text
    .globl _start
_start:
    call missing
    la a0, missing_data
    tail missing
    .data
    .word missing_data
