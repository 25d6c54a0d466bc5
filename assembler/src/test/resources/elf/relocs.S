# Every relocation type Strata knows, as GNU as writes it (.reloc where no instruction makes it).
    .option norelax
    .text
    .globl start
start:
    call far_func
    tail far_func
    jal ra, far_func
    beq a0, a1, far_func
    bne a0, a1, local_label
1:  auipc a0, %pcrel_hi(data_word)
    lw a1, %pcrel_lo(1b)(a0)
2:  auipc a2, %pcrel_hi(data_word)
    sw a1, %pcrel_lo(2b)(a2)
    lui a3, %hi(data_word)
    addi a3, a3, %lo(data_word)
    sw a1, %lo(data_word)(a3)
    lui a4, %hi(data_word + 8)
    .reloc ., R_RISCV_CALL, far_func
    auipc ra, 0
    jalr ra, 0(ra)
    .option push
    .option relax
    call far_func
    .align 4
    .option pop
    la a0, local_label
    nop
local_label:
    ret

    .data
    .globl data_word
data_word:
    .word far_func
    .word far_func + 12
    .word far_func - .
    .word 0
    .reloc data_word + 12, R_RISCV_ADD32, far_func
    .reloc data_word + 12, R_RISCV_SUB32, data_word
    .byte 0, 0, 0, 0
    .reloc data_word + 16, R_RISCV_ADD8, far_func
    .reloc data_word + 16, R_RISCV_SUB8, data_word
    .reloc data_word + 17, R_RISCV_SET8, far_func
    .reloc data_word + 18, R_RISCV_SUB6, far_func
    .reloc data_word + 19, R_RISCV_SET6, far_func
    .half 0, 0
    .reloc data_word + 20, R_RISCV_ADD16, far_func
    .reloc data_word + 20, R_RISCV_SUB16, data_word
    .reloc data_word + 22, R_RISCV_SET16, far_func
    .word 0
    .reloc data_word + 24, R_RISCV_SET32, far_func
    .dword 0
    .reloc data_word + 28, R_RISCV_ADD64, far_func
    .reloc data_word + 28, R_RISCV_SUB64, data_word
    .word 0
    .reloc data_word + 36, R_RISCV_32_PCREL, far_func
    .reloc data_word + 36, R_RISCV_NONE, far_func
