# gnu: rejects
# An include file that is nowhere to be found.
.text
.include "nowhere.inc"
    nop
.include "include/nowhere.inc"
