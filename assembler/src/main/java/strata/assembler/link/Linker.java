package strata.assembler.link;

import java.util.ArrayList;
import java.util.List;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Section;
import strata.assembler.object.Segment;
import strata.assembler.object.Symbol;

/**
 * Links relocatable objects into an executable with the layout of docs/linker.md. The steps:
 * check the inputs ({@link InputChecks}), resolve global symbols ({@link GlobalSymbols}), lay
 * out the sections ({@link Layout}), define the linker's symbols ({@link LinkerSymbol}), copy and
 * relocate the bytes ({@link Relocator}), then assemble the executable: its sections, symbol
 * table ({@link OutputSymbols}), segments and entry point. Every problem is reported as a
 * diagnostic; none is thrown.
 */
public final class Linker {
    private final List<LinkInput> inputs;
    private final LinkOptions options;
    private final Diagnostics diagnostics = new Diagnostics();

    private Linker(List<LinkInput> inputs, LinkOptions options) {
        this.inputs = inputs;
        this.options = options;
    }

    public static LinkResult link(List<LinkInput> inputs, LinkOptions options) {
        Linker linker = new Linker(inputs, options);
        ObjectFile executable = linker.link();
        return new LinkResult(linker.diagnostics.hasErrors() ? null : executable, linker.diagnostics.list());
    }

    private ObjectFile link() {
        if (inputs.isEmpty()) {
            diagnostics.error(Diagnostics.LINKER, "no input files");
            return null;
        }
        if (options.base() % LinkOptions.PAGE_SIZE != 0) {
            diagnostics.error(Diagnostics.LINKER, String.format("the base address 0x%08x is not a multiple of the"
                    + " page size (0x%x)", options.base(), LinkOptions.PAGE_SIZE));
            return null;
        }
        int flags = InputChecks.check(inputs, diagnostics);
        if (diagnostics.hasErrors()) {
            return null;
        }
        GlobalSymbols globals = GlobalSymbols.resolve(inputs, diagnostics);
        Layout layout = Layout.of(inputs, globals, Integer.toUnsignedLong(options.base()), diagnostics);
        if (layout == null) {
            return null;
        }
        for (LinkerSymbol symbol : LinkerSymbol.values()) {
            globals.provide(new Symbol(symbol.symbolName(), (int) symbol.value(layout), 0, Symbol.Binding.GLOBAL,
                    Symbol.Type.NOTYPE, Symbol.Visibility.DEFAULT, Symbol.ABSOLUTE));
        }
        SymbolValues values = new SymbolValues(inputs, globals, layout);
        Relocator relocator = Relocator.run(inputs, layout, values, diagnostics,
                (flags & ObjectFile.EF_RISCV_RVC) != 0);
        if (diagnostics.hasErrors()) {
            return null;
        }
        List<Section> sections = sections(layout, relocator);
        List<Symbol> symbols = new ArrayList<>(OutputSymbols.build(inputs, layout, values, globals, sections));
        Long entry = entry(globals, values);
        if (entry == null) {
            entry = missingEntry(layout, symbols);
        }
        return new ObjectFile(ObjectFile.Kind.EXECUTABLE, flags, entry.intValue(), sections, symbols,
                segments(layout, relocator));
    }

    /** The loaded output sections, then the first input's RISC-V attributes (not loaded). */
    private List<Section> sections(Layout layout, Relocator relocator) {
        List<Section> sections = new ArrayList<>();
        for (Layout.Block block : layout.blocks()) {
            OutputSection output = block.output();
            byte[] bytes = block.nobits() ? new byte[0] : relocator.contents(output);
            sections.add(new Section(output.sectionName(), block.nobits() ? Section.SHT_NOBITS : Section.SHT_PROGBITS,
                    output.flags(), (int) block.address(), block.alignment(), 0, bytes, (int) block.size(), List.of()));
        }
        for (LinkInput input : inputs) {
            for (Section section : input.object().sections()) {
                if (section.type() == Section.SHT_RISCV_ATTRIBUTES) {
                    sections.add(new Section(section.name(), section.type(), section.flags(), 0, section.alignment(),
                            section.entrySize(), section.data(), section.size(), List.of()));
                    return sections;
                }
            }
        }
        return sections;
    }

    /** One loadable segment per permission set: code, read-only data, writable data with .bss. */
    private static List<Segment> segments(Layout layout, Relocator relocator) {
        List<Segment> segments = new ArrayList<>();
        List<Layout.Block> group = new ArrayList<>();
        for (Layout.Block block : layout.blocks()) {
            // .bss joins the segment before it only when that one is writable too (.data): after
            // read-only data it needs a segment of its own.
            if (!group.isEmpty() && block.output().segmentFlags() != group.get(0).output().segmentFlags()) {
                segments.add(segment(group, relocator));
                group.clear();
            }
            group.add(block);
        }
        if (!group.isEmpty()) {
            segments.add(segment(group, relocator));
        }
        return segments;
    }

    private static Segment segment(List<Layout.Block> blocks, Relocator relocator) {
        long start = blocks.get(0).address();
        long fileEnd = start;
        for (Layout.Block block : blocks) {
            if (!block.nobits()) {
                fileEnd = block.end();
            }
        }
        byte[] data = new byte[(int) (fileEnd - start)];
        for (Layout.Block block : blocks) {
            if (!block.nobits()) {
                byte[] contents = relocator.contents(block.output());
                System.arraycopy(contents, 0, data, (int) (block.address() - start), contents.length);
            }
        }
        long memorySize = blocks.get(blocks.size() - 1).end() - start;
        return new Segment(Segment.PT_LOAD, blocks.get(0).output().segmentFlags(), (int) start, (int) start,
                (int) memorySize, LinkOptions.PAGE_SIZE, data);
    }

    /** The entry point: the global symbol {@code --entry} names, else a number it spells, else null. */
    private Long entry(GlobalSymbols globals, SymbolValues values) {
        String name = options.entry();
        GlobalSymbols.Resolution resolution = globals.get(name);
        if (resolution instanceof GlobalSymbols.Defined defined) {
            Target target = values.local(defined.input(), defined.symbol());
            if (target.isUsable()) {
                return target.address();
            }
        } else if (resolution instanceof GlobalSymbols.Provided provided) {
            return Integer.toUnsignedLong(provided.symbol().value());
        }
        return LinkOptions.address(name);
    }

    /**
     * Without an entry point, as GNU ld does: warns, enters at the start of .text (or the base),
     * and lists the entry symbol in the symbol table as undefined.
     */
    private long missingEntry(Layout layout, List<Symbol> symbols) {
        Layout.Block text = layout.block(OutputSection.TEXT);
        long start = text == null ? layout.start(OutputSection.TEXT) : text.address();
        diagnostics.warning(Diagnostics.LINKER, String.format("cannot find entry symbol %s; defaulting to 0x%08x",
                options.entry(), start));
        symbols.add(new Symbol(options.entry(), 0, 0, Symbol.Binding.GLOBAL, Symbol.Type.NOTYPE,
                Symbol.Visibility.DEFAULT, Symbol.UNDEFINED));
        return start;
    }
}
