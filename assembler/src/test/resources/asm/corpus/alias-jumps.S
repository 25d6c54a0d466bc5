# Jump aliases: j, jal with one operand, jr and jalr short forms, ret.
.text
here:
    j here
    jal here
    jr a0
    jr 8(a1)
    jr t0, 12
    jalr a0
    jalr 4(t1)
    jalr t2, 16
    jalr s0, s1
    jalr a0, a1, -4
    ret
    j there
    jal there
there:
    ret
