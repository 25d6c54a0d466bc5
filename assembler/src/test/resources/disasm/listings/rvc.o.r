
rvc.o:     file format elf32-littleriscv

