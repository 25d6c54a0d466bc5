# gnu: rejects
# .incbin of a file that is not there, without a string, or with a skip or count that does not
# fit the file (include/data.bin holds 10 bytes); a count of 0 is taken as the rest, with a
# warning, as in GNU.
.data
    .incbin "missing.bin"
    .incbin include/data.bin
    .incbin
    .incbin "include/data.bin", 11
    .incbin "include/data.bin", 3, 20
    .incbin "include/data.bin", -1
    .incbin "include/data.bin", 2, -1
    .incbin "include/data.bin", x
    .incbin "include/data.bin", 1, 2, 3
    .incbin "include/data.bin", 3, 0
