# Zifencei: fence.i.
.text
    fence.i
    nop
    fence.i
