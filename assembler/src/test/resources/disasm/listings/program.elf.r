
program.elf:     file format elf32-littleriscv

