# gnu: accepts
# .incbin of bytes that are not all zero into a section without contents, which GNU takes
# (dropping the bytes) and Strata rejects as it rejects .byte 1 there.
.bss
    .incbin "include/data.bin"
