# RV32M: every multiply and divide instruction.
.text
    mul a0, a1, a2
    mul x31, x30, x29
    mul zero, ra, sp
    mulh a0, a1, a2
    mulh x31, x30, x29
    mulh zero, ra, sp
    mulhsu a0, a1, a2
    mulhsu x31, x30, x29
    mulhsu zero, ra, sp
    mulhu a0, a1, a2
    mulhu x31, x30, x29
    mulhu zero, ra, sp
    div a0, a1, a2
    div x31, x30, x29
    div zero, ra, sp
    divu a0, a1, a2
    divu x31, x30, x29
    divu zero, ra, sp
    rem a0, a1, a2
    rem x31, x30, x29
    rem zero, ra, sp
    remu a0, a1, a2
    remu x31, x30, x29
    remu zero, ra, sp
