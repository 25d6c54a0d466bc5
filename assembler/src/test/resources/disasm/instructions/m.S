# M: multiply and divide.
start:
    mul     a0, a1, a2
    mulh    t0, t1, t2
    mulhsu  s0, s1, s2
    mulhu   a3, a4, a5
    div     a6, a7, s3
    divu    s4, s5, s6
    rem     s7, s8, s9
    remu    s10, s11, t3
    mul     zero, zero, zero
