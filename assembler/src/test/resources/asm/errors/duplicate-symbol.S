# gnu: rejects
# A label may be defined once; .equiv refuses to redefine; .set may redefine a .set symbol but
# not a label.
.text
twice:
    nop
twice:
    nop
.equiv once, 1
.equiv once, 2
.set again, 1
.set again, 2
.set twice, 3
again:
    nop
