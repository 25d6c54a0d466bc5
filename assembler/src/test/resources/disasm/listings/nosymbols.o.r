
nosymbols.o:     file format elf32-littleriscv

RELOCATION RECORDS FOR [.text]:
OFFSET   TYPE              VALUE
00000004 R_RISCV_JAL       .L0 +0x00000008
0000000c R_RISCV_BRANCH    .L0 -0x00000008


