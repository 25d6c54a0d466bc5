# gnu: skip
# A macro that calls itself never ends; neither does a repetition that is too large to be meant.
# GNU stops the first with a fatal error at 100 levels; it never finishes the second.
.macro forever n
    .word \n
    forever \n+1
.endm
.data
    forever 0
.rept 100000000
    .word 0
.endr
    .word 1
