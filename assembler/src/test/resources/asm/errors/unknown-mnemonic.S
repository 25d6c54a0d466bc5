# gnu: rejects
# Unknown instructions and directives; mnemonics are not case-sensitive, but must exist.
.text
    addi a0, a0, 1
    foo a0, a1
    addx a0, a1, a2
    ADDI a0, a0, 1
    fadd.q fa0, fa1, fa2
    .bogus 1
    nop
