# .incbin: the bytes of a file (include/bytes.bin holds 0 to 255) as data: all of it, from an
# offset to the end, a count from an offset, nothing from its end; in code with its mapping
# symbols; from an included file, found through the include directory.
.data
    .incbin "include/bytes.bin"
    .incbin "include/bytes.bin", 250
    .incbin "include/bytes.bin", 16, 4
    .incbin "include/bytes.bin", 256
.text
    nop
    .incbin "include/bytes.bin", 0x13, 4
    nop
.include "include/incbin.inc"
