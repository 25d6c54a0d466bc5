# gnu: loops
# A file that includes itself, directly and through another file.
.text
    nop
.include "include-loop.S"
.include "include/loop.inc"
