# .insn by value, with or without its length: in code, after data (a new $x), and in a data
# section; the value may be an expression or a symbol set to a number.
.set ADDI, 0x00a00513
.text
    .insn 0x00000013
    .insn 4, 0x00a00513
    .insn 0x13 + 4
    .insn 0xfffffff3
    .word 5
    .insn ADDI
.data
    .insn 4, 0x00000073
