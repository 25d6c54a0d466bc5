package strata.assembler.link;

import java.util.function.ToLongFunction;

/**
 * The symbols the linker defines (docs/linker.md), unless an input defines the name itself:
 * the boundaries a kernel needs to map its own image page by page with the right permissions,
 * to clear .bss, and to set up gp.
 */
enum LinkerSymbol {
    /** The base address: the start of the code segment. */
    EXECUTABLE_START("__executable_start", layout -> layout.start(OutputSection.TEXT)),
    /** The end of the code. */
    ETEXT("_etext", layout -> layout.end(OutputSection.TEXT)),
    /** The start of the read-only data segment: the first page after the code. */
    RODATA_START("__rodata_start", layout -> layout.start(OutputSection.RODATA)),
    /** The start of the writable data segment: the first page after the read-only data. */
    DATA_START("__data_start", layout -> layout.start(OutputSection.DATA)),
    /** gp's value: 2 KiB into the writable data, so gp-relative loads reach its first 4 KiB. */
    GLOBAL_POINTER("__global_pointer$", layout -> layout.start(OutputSection.DATA) + 0x800),
    /** The end of the initialised data. */
    EDATA("_edata", layout -> layout.end(OutputSection.DATA)),
    /** Where .bss may start: the end of the initialised data (.bss itself may start later, aligned). */
    BSS_START("__bss_start", layout -> layout.start(OutputSection.BSS)),
    /** The end of .bss: the end of the program in memory. */
    END("_end", layout -> layout.end(OutputSection.BSS));

    private final String symbolName;
    private final ToLongFunction<Layout> value;

    LinkerSymbol(String symbolName, ToLongFunction<Layout> value) {
        this.symbolName = symbolName;
        this.value = value;
    }

    String symbolName() {
        return symbolName;
    }

    long value(Layout layout) {
        return value.applyAsLong(layout);
    }
}
