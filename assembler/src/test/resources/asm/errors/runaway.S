# gnu: skip
# A macro that calls itself never ends: at 100 levels the assembly stops, as GNU's does with a
# fatal error (not run here: GNU prints a note for every level).
.macro forever n
    .word \n
    forever \n+1
.endm
.data
    forever 0
    .word 1
