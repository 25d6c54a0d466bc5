# A relocation type the linker does not know (R_RISCV_TPREL_HI20, thread-local storage): the
# object is refused when it is read, with the place of the relocation.
    .text
    .globl _start
_start:
    lui a0, %tprel_hi(counter)
    .section .tbss, "awT", @nobits
counter:
    .zero 4
