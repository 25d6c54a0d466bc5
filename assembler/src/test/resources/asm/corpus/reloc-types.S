# .reloc with every relocation type Strata writes, named as readelf names them (in any case) or
# as BFD's generic NONE, 32 and 64; and every kind of value: none, a number, a symbol plus a
# number, an undefined or common symbol, a symbol set to another one.
.data
base:
    .zero 16
field:
    .dword 0
    .dword 0
    .reloc field, R_RISCV_NONE
    .reloc field, R_RISCV_32, target
    .reloc field, R_RISCV_64, target + 4
    .reloc field, R_RISCV_BRANCH, target
    .reloc field, R_RISCV_JAL, target
    .reloc field, R_RISCV_CALL, target
    .reloc field, R_RISCV_CALL_PLT, target
    .reloc field, R_RISCV_PCREL_HI20, target
    .reloc field, R_RISCV_PCREL_LO12_I, target
    .reloc field, R_RISCV_PCREL_LO12_S, target
    .reloc field, R_RISCV_HI20, target
    .reloc field, R_RISCV_LO12_I, target
    .reloc field, R_RISCV_LO12_S, target
    .reloc field, R_RISCV_ADD8, target
    .reloc field, R_RISCV_ADD16, target
    .reloc field, R_RISCV_ADD32, target
    .reloc field, R_RISCV_ADD64, target
    .reloc field, R_RISCV_SUB8, target
    .reloc field, R_RISCV_SUB16, target
    .reloc field, R_RISCV_SUB32, target
    .reloc field, R_RISCV_SUB64, target
    .reloc field, R_RISCV_ALIGN, 12
    .reloc field, R_RISCV_RELAX
    .reloc field, R_RISCV_SUB6, target
    .reloc field, R_RISCV_SET6, target
    .reloc field, R_RISCV_SET8, target
    .reloc field, R_RISCV_SET16, target
    .reloc field, R_RISCV_SET32, target
    .reloc field, R_RISCV_32_PCREL, target
    .reloc field, r_riscv_set8, target
    .reloc field, BFD_RELOC_NONE
    .reloc field, BFD_RELOC_32, target
    .reloc field, bfd_reloc_64, target

# Values.
    .reloc base, R_RISCV_32
    .reloc base, R_RISCV_32,
    .reloc base, R_RISCV_32, 1234
    .reloc base, R_RISCV_32, -8
    .reloc base, R_RISCV_32, base + 3
    .reloc base, R_RISCV_32, undefined - 2
    .reloc base, R_RISCV_32, common
    .reloc base, R_RISCV_32, label_in_text
    .reloc base, R_RISCV_32, constant
    .reloc base, R_RISCV_32, later_constant
    .reloc base, R_RISCV_32, alias_of_label
    .reloc base, R_RISCV_32, alias_of_undefined + 1
    .comm common, 8
    .set constant, 77
    .set alias_of_label, field + 8
    .set alias_of_undefined, elsewhere + 4
    .set later_constant, 99
.text
label_in_text:
    nop
