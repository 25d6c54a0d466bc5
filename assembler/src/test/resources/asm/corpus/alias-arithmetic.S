# One-instruction aliases of integer arithmetic, and the register mnemonics GNU takes with an
# immediate (add a0,a0,5 is addi).
.text
    nop
    mv a0, a1
    move t0, t1
    not a0, a1
    neg a0, a1
    seqz a0, a1
    snez a0, a1
    sltz a0, a1
    sgtz a0, a1
    sgt a0, a1, a2
    sgtu a0, a1, a2
    zext.b a0, a1
    add a0, a1, 5
    add a0, a1, -2048
    and a0, a1, 0xff
    or a0, a1, 1
    xor a0, a1, -1
    slt a0, a1, 100
    sltu a0, a1, 1
    sll a0, a1, 3
    srl a0, a1, 31
    sra a0, a1, 0
    scall
    sbreak
    unimp
