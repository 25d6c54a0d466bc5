# gnu: accepts
# A string with no closing quote, at the end of the file; GNU as only warns and closes it there.
.data
    .byte 1
    .ascii "abc
