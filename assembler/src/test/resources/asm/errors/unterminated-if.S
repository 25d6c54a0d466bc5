# gnu: rejects
# only ours: 5, 7
# Conditional blocks left open at the end of the file.
.text
.if 1
    nop
.if 0
    nop
.else
    nop
