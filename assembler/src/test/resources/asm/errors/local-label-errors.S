# gnu: rejects
# only ours: 9
# A backward reference before any definition, and a forward reference never defined.
.text
    j 1b
1:
    nop
    j 1b
    j 2f
