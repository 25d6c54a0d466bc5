package strata.assembler.disasm;

import strata.assembler.object.Relocation;
import strata.assembler.object.Section;

/**
 * The relocations as {@code objdump -r} prints them without {@code -d}: a table a section that
 * has relocations, with offset, type and symbol plus addend.
 */
final class RelocationTableText {
    private RelocationTableText() {
    }

    static void append(FileListing listing) {
        for (Section section : listing.file.sections()) {
            if (section.relocations().isEmpty()) {
                continue;
            }
            StringBuilder out = listing.out;
            out.append("RELOCATION RECORDS FOR [").append(Text.sanitize(section.name())).append("]:\n");
            out.append("OFFSET   TYPE              VALUE\n");
            for (Relocation relocation : section.relocations()) {
                out.append(Text.hex8(relocation.offset())).append(' ')
                        .append(String.format("%-16s", FileListing.typeName(relocation)))
                        .append("  ").append(Text.sanitize(listing.symbolName(relocation)))
                        .append(addend(relocation.addend())).append('\n');
            }
            out.append("\n\n");
        }
    }

    /** The addend as {@code -r} prints it: signed, eight hex digits, nothing when zero. */
    private static String addend(int addend) {
        if (addend == 0) {
            return "";
        }
        return (addend < 0 ? "-0x" : "+0x") + Text.hex8(Math.abs((long) addend));
    }
}
