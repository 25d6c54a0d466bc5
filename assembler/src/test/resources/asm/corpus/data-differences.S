# Differences of addresses: folded within a data section, ADD/SUB relocation pairs when a code
# section or another section is involved, as GNU keeps them for a relaxing linker.
.text
code1:
    nop
code2:
    nop
    .word code2 - code1
    .half code2 - code1
    .byte code2 - code1
    .dword code2 - code1
    .word data2 - data1
.data
data1:
    .word 1
data2:
    .word data2 - data1
    .word code2 - code1
    .word data1 - .
    .word . - data1
    .word external - .
    .word data1 - external
    .byte data2 - data1 + 3
