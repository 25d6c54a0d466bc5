# gnu: skip
# A file that includes itself, directly and through another file (GNU as never finishes it).
.text
    nop
.include "include-loop.S"
.include "include/loop.inc"
