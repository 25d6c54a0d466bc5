package strata.assembler.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import strata.assembler.object.Section;

/**
 * Where everything goes in memory (docs/linker.md): the output sections in the order of
 * {@link OutputSection} from the base address, each starting at the largest alignment of its
 * input sections, the input sections in command-line order and, within a file, in the file's
 * order, each at its own alignment, and common blocks at the end of .bss. The read-only data
 * and the writable data each start a new page, so that each segment can be mapped with its own
 * permissions. Addresses are unsigned, so they are longs; nothing may end past 4 GiB.
 */
final class Layout {

    /** One output section with content: its address, size and the input sections it holds. */
    record Block(OutputSection output, long address, long size, int alignment, boolean nobits) {
        long end() {
            return address + size;
        }
    }

    /** One input section in its output section. */
    record Piece(int input, int section, long address) {
    }

    private static final long ADDRESS_SPACE = 1L << 32;
    /**
     * The most bytes an output section with contents may hold (256 MiB). More can only come from
     * alignment padding or zero-filled input placed among contents, and would be built in memory.
     */
    static final long MAX_CONTENTS = 1L << 28;

    private final long[][] addresses;
    private final OutputSection[][] outputs;
    private final Map<String, Long> commons = new HashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    private final Map<OutputSection, List<Piece>> pieces = new EnumMap<>(OutputSection.class);
    private final Map<OutputSection, long[]> extents = new EnumMap<>(OutputSection.class);

    private Layout(List<LinkInput> inputs) {
        addresses = new long[inputs.size()][];
        outputs = new OutputSection[inputs.size()][];
        for (int i = 0; i < inputs.size(); i++) {
            int count = inputs.get(i).object().sections().size();
            addresses[i] = new long[count];
            outputs[i] = new OutputSection[count];
            Arrays.fill(addresses[i], -1);
        }
    }

    /**
     * Lays out {@code inputs}, and the common blocks of {@code globals}, from {@code base}; null
     * (with an error reported) if it does not fit.
     */
    static Layout of(List<LinkInput> inputs, GlobalSymbols globals, long base, Diagnostics diagnostics) {
        List<String> commonNames = new ArrayList<>();
        List<GlobalSymbols.Common> commonBlocks = new ArrayList<>();
        globals.all().forEach((name, resolution) -> {
            if (resolution instanceof GlobalSymbols.Common common) {
                commonNames.add(name);
                commonBlocks.add(common);
            }
        });
        Layout layout = new Layout(inputs);
        long cursor = base;
        for (OutputSection output : OutputSection.values()) {
            if (output.startsSegment() && output != OutputSection.TEXT) {
                cursor = alignUp(cursor, LinkOptions.PAGE_SIZE);
            }
            long start = cursor;
            cursor = layout.place(output, inputs, cursor,
                    output == OutputSection.BSS ? commonBlocks : List.of(), commonNames);
            layout.extents.put(output, new long[] {start, cursor});
            if (cursor > ADDRESS_SPACE) {
                diagnostics.error(Diagnostics.LINKER, String.format("the program does not fit in the 32-bit address"
                        + " space: %s would end at 0x%x (base 0x%08x)", output.sectionName(), cursor, base));
                return null;
            }
            Block block = layout.block(output);
            if (block != null && !block.nobits() && block.size() > MAX_CONTENTS) {
                diagnostics.error(Diagnostics.LINKER, String.format("%s would hold %d bytes, more than the %d the"
                        + " linker writes in one section; large zeroed areas belong in .bss", output.sectionName(),
                        block.size(), MAX_CONTENTS));
                return null;
            }
        }
        return layout;
    }

    /** Places the input sections (and common blocks) of {@code output} from {@code cursor}; returns the new cursor. */
    private long place(OutputSection output, List<LinkInput> inputs, long cursor,
                       List<GlobalSymbols.Common> commonBlocks, List<String> commonNames) {
        long alignment = 1;
        boolean nobits = true;
        for (int i = 0; i < inputs.size(); i++) {
            for (Section section : inputs.get(i).object().sections()) {
                if (OutputSection.of(section) == output) {
                    alignment = Math.max(alignment, alignment(section));
                    nobits &= section.isNobits();
                }
            }
        }
        for (GlobalSymbols.Common common : commonBlocks) {
            alignment = Math.max(alignment, common.alignment());
        }
        long start = alignUp(cursor, alignment);
        long next = start;
        List<Piece> placed = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            List<Section> sections = inputs.get(i).object().sections();
            for (int j = 0; j < sections.size(); j++) {
                Section section = sections.get(j);
                if (OutputSection.of(section) == output) {
                    next = alignUp(next, alignment(section));
                    addresses[i][j] = next;
                    outputs[i][j] = output;
                    placed.add(new Piece(i, j, next));
                    next += Integer.toUnsignedLong(section.size());
                }
            }
        }
        for (int k = 0; k < commonBlocks.size(); k++) {
            next = alignUp(next, commonBlocks.get(k).alignment());
            commons.put(commonNames.get(k), next);
            next += Integer.toUnsignedLong(commonBlocks.get(k).size());
        }
        pieces.put(output, placed);
        if (next == start) {
            return cursor;
        }
        blocks.add(new Block(output, start, next - start, (int) alignment, nobits));
        return next;
    }

    /** A section's alignment as a number of bytes: sh_addralign is unsigned, and 0 means 1. */
    private static long alignment(Section section) {
        return Math.max(Integer.toUnsignedLong(section.alignment()), 1);
    }

    static long alignUp(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }

    /** The address of section {@code section} of input {@code input}, or -1 if it is not loaded. */
    long address(int input, int section) {
        return addresses[input][section];
    }

    /** The block holding section {@code section} of input {@code input}, or null if it is empty or not loaded. */
    Block block(int input, int section) {
        return block(outputs[input][section]);
    }

    Block block(OutputSection output) {
        for (Block block : blocks) {
            if (block.output() == output) {
                return block;
            }
        }
        return null;
    }

    long commonAddress(String name) {
        return commons.get(name);
    }

    List<Block> blocks() {
        return blocks;
    }

    List<Piece> pieces(OutputSection output) {
        return pieces.get(output);
    }

    /** Where the cursor stood before and after {@code output} was placed (equal if it is empty). */
    long start(OutputSection output) {
        return extents.get(output)[0];
    }

    long end(OutputSection output) {
        return extents.get(output)[1];
    }
}
