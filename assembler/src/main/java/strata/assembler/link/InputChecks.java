package strata.assembler.link;

import java.util.List;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Relocation;
import strata.assembler.object.RelocationType;
import strata.assembler.object.Section;
import strata.assembler.object.Symbol;

/**
 * What the linker refuses before it starts, each with a message saying what to do instead:
 * files that are not relocatable objects, objects with different float ABIs or register sets,
 * common blocks whose alignment is not a power of two,
 * objects assembled with linker relaxation (R_RISCV_ALIGN: deleting their padding would move
 * code, and this linker does not relax), relocations in a section without contents (GNU as
 * writes them for instructions in .bss; they have no bytes to patch), and thread-local
 * storage. Returns the e_flags of the
 * output: the common ABI, plus RVC if any input uses compressed instructions.
 */
final class InputChecks {
    private static final int SHF_TLS = 0x400;
    private static final int ABI_MASK = ObjectFile.EF_RISCV_FLOAT_ABI | ObjectFile.EF_RISCV_RVE;
    private static final List<String> FLOAT_ABIS = List.of("soft-float", "single-float", "double-float", "quad-float");

    private InputChecks() {
    }

    static int check(List<LinkInput> inputs, Diagnostics diagnostics) {
        int flags = 0;
        for (int i = 0; i < inputs.size(); i++) {
            LinkInput input = inputs.get(i);
            ObjectFile object = input.object();
            if (object.kind() != ObjectFile.Kind.RELOCATABLE) {
                diagnostics.error(input.name(), "is an executable, not a relocatable object");
                continue;
            }
            if (i > 0 && (object.flags() & ABI_MASK) != (flags & ABI_MASK)) {
                diagnostics.error(input.name(), "uses the " + abi(object.flags()) + " ABI, but "
                        + inputs.get(0).name() + " uses the " + abi(flags) + " ABI");
            }
            flags = i == 0 ? object.flags() : flags | (object.flags() & ObjectFile.EF_RISCV_RVC);
            checkSections(input, diagnostics);
            checkCommons(input, diagnostics);
        }
        return flags;
    }

    /** A COMMON symbol's value is the alignment of its block, which must be a power of two. */
    private static void checkCommons(LinkInput input, Diagnostics diagnostics) {
        for (Symbol symbol : input.object().symbols()) {
            if (symbol.section() == Symbol.COMMON && symbol.value() != 0 && Integer.bitCount(symbol.value()) != 1) {
                diagnostics.error(input.name(), "common symbol `" + Symbol.printable(symbol.name())
                        + "' asks for alignment " + Integer.toUnsignedString(symbol.value())
                        + ", which is not a power of two");
            }
        }
    }

    private static void checkSections(LinkInput input, Diagnostics diagnostics) {
        for (Section section : input.object().sections()) {
            if (section.isAlloc() && (section.flags() & SHF_TLS) != 0) {
                diagnostics.error(input.name(), "section " + section.name()
                        + " holds thread-local storage, which Strata does not support");
            }
            if (section.isNobits() && !section.relocations().isEmpty()) {
                diagnostics.error(input.name(), String.format("%s+0x%x: a relocation in a section without contents"
                        + " (instructions or addresses in .bss?); put them in .text or .data",
                        section.name(), section.relocations().get(0).offset()));
                continue;
            }
            for (Relocation relocation : section.relocations()) {
                if (relocation.type() == RelocationType.ALIGN && section.isAlloc()) {
                    diagnostics.error(input.name(), String.format("%s+0x%x: R_RISCV_ALIGN: this object was assembled"
                            + " with linker relaxation, which Strata's linker does not do; assemble it with -mno-relax",
                            section.name(), relocation.offset()));
                    return;
                }
            }
        }
    }

    private static String abi(int flags) {
        String abi = FLOAT_ABIS.get((flags & ObjectFile.EF_RISCV_FLOAT_ABI) >> 1);
        return (flags & ObjectFile.EF_RISCV_RVE) != 0 ? "RV32E " + abi : abi;
    }
}
