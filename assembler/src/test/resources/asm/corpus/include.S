# .include: files found in the include directory (the corpus folder is given with -I), nested.
.include "include/macros.inc"
.data
    inc_word INCLUDED
    .word NESTED
