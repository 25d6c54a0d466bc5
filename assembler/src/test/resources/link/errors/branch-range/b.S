    .text
    .zero 8192
    .globl far_away
far_away:
    ret
