# Relocations of every kind GNU as emits for RV32 code and data, against local, global,
# undefined and section symbols, with addends.
        .text
        .globl  entry
entry:
        lui     a0, %hi(counter)
        addi    a0, a0, %lo(counter)
        lw      a1, %lo(counter+4)(a0)
        sw      a1, %lo(counter+8)(a0)
1:      auipc   a2, %pcrel_hi(table)
        addi    a2, a2, %pcrel_lo(1b)
2:      auipc   a3, %pcrel_hi(external+16)
        lw      a3, %pcrel_lo(2b)(a3)
        call    helper
        tail    external
        beq     a0, a1, external
        jal     external
        j       local
        la      t0, external
        lla     t1, table
        la      t2, table-8
local:
        ret
        .word   external
        .word   table+12
        .word   local - entry
        .half   local - entry
        .byte   local - entry

        .data
counter:
        .word   0, 0, 0
table:
        .word   entry, external, counter + 4
