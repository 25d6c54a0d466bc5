# gnu: rejects
# Immediates outside what their field holds.
.text
    addi a0, a0, 2048
    addi a0, a0, -2049
    slli a0, a0, 32
    srai a0, a0, -1
    lui a0, 0x100000
    lui a0, -1
    csrrwi a0, mstatus, 32
    csrwi mstatus, 40
    lw a0, 4096(a1)
    sw a0, -2049(a1)
    csrr a0, 0x1000
    jalr ra, 2048(a0)
    addi a0, a0, 2047
