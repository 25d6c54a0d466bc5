# Common blocks: .comm leaves them to the linker, aligned to the next power of two up to 16
# unless told; .lcomm reserves local space in .bss after the file's own .bss, aligned by size.
.comm c1, 1
.comm c3, 3
.comm c5, 5
.comm c9, 9
.comm c100, 100
.comm aligned, 10, 32
.comm loose, 10, 1
.lcomm l1, 1
.lcomm l2, 2
.lcomm l3, 3
.lcomm l8, 8
.lcomm l100, 100
.bss
    .byte 0
.text
    la a0, c1
    la a1, l8
