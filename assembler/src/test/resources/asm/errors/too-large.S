# gnu: skip
# Sections larger than 256 MiB, which GNU as would write out (not run here: the object is huge).
.data
    .space 0x20000000
    .byte 1
    .p2align 31
    .byte 2
.lcomm huge, 0x20000000
