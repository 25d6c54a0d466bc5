# Runs of bytes: .zero, .space and .skip with and without a fill byte, .fill of 1 to 8 bytes.
.data
    .zero 3
    .space 4
    .space 2, 0xab
    .skip 3, 7
    .fill 2
    .fill 3, 1, 0x5a
    .fill 2, 2, 0x1234
    .fill 2, 4, 0xdeadbeef
    .fill 1, 8, 0x12345678
    .fill 0, 4, 1
.bss
    .zero 16
    .space 8
    .skip 4
    .fill 4, 1, 0
