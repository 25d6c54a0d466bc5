# Compressed instructions (C extension), which Strata does not decode.
# as: -march=rv32imac_zicsr -mabi=ilp32 -mno-relax
        .option rvc
        .text
start:
        addi    a0, a0, 1
        li      a1, 5
        mv      a2, a1
        lw      a3, 0(a0)
        add     a0, a0, a1
        ret
        .option norvc
        addi    a0, a0, 1000
