# Integer data of every width and spelling, with numbers in every base, negative values,
# characters, expressions, and symbol addresses that become relocations.
.data
start:
    .byte 0, 1, 255, -1, 0x7f, -128, 'a, 'b', '\n, 010, 0b101
    .2byte 0x1234, -2
    .half 65535
    .short 1, 2
    .hword 0x8000
    .4byte 0xdeadbeef
    .word 1, -1, 0x7fffffff, 0x80000000
    .long 100000
    .int -100000
    .8byte 0x0123456789abcdef
    .dword -1
    .quad 0x8000000000000000
    .word start, start + 4, external, external - 8
    .dword start, external + 1
    .word
    .byte
