package strata.assembler.link;

import java.util.List;
import strata.assembler.object.Section;
import strata.assembler.object.Segment;

/**
 * The output sections of an executable, in address order, with the input sections each
 * collects (by name, GNU ld's patterns: {@code .text} matches {@code .text} and
 * {@code .text.*}) and the segment permissions it is loaded with. An allocated input section
 * that matches no pattern goes where its flags say (docs/linker.md).
 */
enum OutputSection {
    TEXT(".text", Section.SHF_ALLOC | Section.SHF_EXECINSTR, Segment.PF_R | Segment.PF_X, List.of(".text")),
    RODATA(".rodata", Section.SHF_ALLOC, Segment.PF_R, List.of(".rodata", ".srodata")),
    DATA(".data", Section.SHF_ALLOC | Section.SHF_WRITE, Segment.PF_R | Segment.PF_W, List.of(".data", ".sdata")),
    BSS(".bss", Section.SHF_ALLOC | Section.SHF_WRITE, Segment.PF_R | Segment.PF_W, List.of(".bss", ".sbss"));

    private final String sectionName;
    private final int flags;
    private final int segmentFlags;
    private final List<String> inputNames;

    OutputSection(String sectionName, int flags, int segmentFlags, List<String> inputNames) {
        this.sectionName = sectionName;
        this.flags = flags;
        this.segmentFlags = segmentFlags;
        this.inputNames = inputNames;
    }

    String sectionName() {
        return sectionName;
    }

    int flags() {
        return flags;
    }

    int segmentFlags() {
        return segmentFlags;
    }

    /** True if this section starts a new segment, on a fresh page. */
    boolean startsSegment() {
        return this != BSS;
    }

    /** The output section {@code input} goes to, or null if it is not loaded. */
    static OutputSection of(Section input) {
        if (!input.isAlloc()) {
            return null;
        }
        for (OutputSection output : values()) {
            for (String name : output.inputNames) {
                if (input.name().equals(name) || input.name().startsWith(name + ".")) {
                    return output;
                }
            }
        }
        if (input.isExecutable()) {
            return TEXT;
        }
        if (input.isWritable()) {
            return input.isNobits() ? BSS : DATA;
        }
        return RODATA;
    }
}
