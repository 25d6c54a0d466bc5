
data.elf:     file format elf32-littleriscv

