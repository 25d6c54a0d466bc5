
data.stripped.elf:     file format elf32-littleriscv

