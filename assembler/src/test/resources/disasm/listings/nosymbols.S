# Code with no symbols besides the mapping symbols: the block is named after the section,
# targets outside any symbol are named from the section too.
        .text
        nop
        j       .+8
        nop
        beqz    a0, .-8
        lw      a0, 16(zero)
        sw      a0, -4(tp)
