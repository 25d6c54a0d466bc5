package strata.assembler.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import strata.assembler.object.Section;
import strata.assembler.object.Symbol;

/**
 * The symbol table of the executable, in the order GNU ld writes one: a section symbol for each
 * output section; then for each input its local symbols, led by a FILE symbol; then the global
 * and weak symbols, with the linker's own among them. Every value is a final address. Left out,
 * as GNU ld leaves them out of a static executable: section symbols of the inputs,
 * assembler-local labels ({@code .L*}), undefined (weak) symbols; also, unlike GNU ld, symbols in
 * sections that are not loaded.
 */
final class OutputSymbols {
    private static final String LOCAL_LABEL_PREFIX = ".L";

    private final List<LinkInput> inputs;
    private final Layout layout;
    private final SymbolValues values;
    private final Map<OutputSection, Integer> sectionIndex;
    private final List<Symbol> symbols = new ArrayList<>();

    private OutputSymbols(List<LinkInput> inputs, Layout layout, SymbolValues values,
                          Map<OutputSection, Integer> sectionIndex) {
        this.inputs = inputs;
        this.layout = layout;
        this.values = values;
        this.sectionIndex = sectionIndex;
    }

    /** The symbol table of an executable whose sections are {@code sections}, in order. */
    static List<Symbol> build(List<LinkInput> inputs, Layout layout, SymbolValues values, GlobalSymbols globals,
                              List<Section> sections) {
        Map<OutputSection, Integer> sectionIndex = new EnumMap<>(OutputSection.class);
        for (Layout.Block block : layout.blocks()) {
            sectionIndex.put(block.output(), sectionIndex.size());
        }
        OutputSymbols table = new OutputSymbols(inputs, layout, values, sectionIndex);
        for (int i = 0; i < sections.size(); i++) {
            table.symbols.add(new Symbol(sections.get(i).name(), sections.get(i).address(), 0, Symbol.Binding.LOCAL,
                    Symbol.Type.SECTION, Symbol.Visibility.DEFAULT, i));
        }
        for (int input = 0; input < inputs.size(); input++) {
            table.addLocals(input);
        }
        globals.all().forEach(table::addGlobal);
        return table.symbols;
    }

    private void addLocals(int input) {
        List<Symbol> locals = new ArrayList<>();
        List<Symbol> symbols = inputs.get(input).object().symbols();
        for (Symbol symbol : symbols) {
            boolean kept = symbol.binding() == Symbol.Binding.LOCAL && symbol.type() != Symbol.Type.SECTION
                    && !symbol.name().startsWith(LOCAL_LABEL_PREFIX);
            if (kept && (symbol.section() == Symbol.ABSOLUTE || isLoaded(input, symbol.section()))) {
                locals.add(placed(input, symbol));
            }
        }
        if (!locals.isEmpty() && locals.get(0).type() != Symbol.Type.FILE) {
            String file = Path.of(inputs.get(input).name()).getFileName().toString();
            locals.add(0, new Symbol(file, 0, 0, Symbol.Binding.LOCAL, Symbol.Type.FILE, Symbol.Visibility.DEFAULT,
                    Symbol.ABSOLUTE));
        }
        this.symbols.addAll(locals);
    }

    private void addGlobal(String name, GlobalSymbols.Resolution resolution) {
        if (resolution instanceof GlobalSymbols.Defined defined) {
            Symbol symbol = defined.symbol();
            if (symbol.section() == Symbol.ABSOLUTE || isLoaded(defined.input(), symbol.section())) {
                symbols.add(placed(defined.input(), symbol));
            }
        } else if (resolution instanceof GlobalSymbols.Common common) {
            Symbol first = inputs.get(common.input()).object().symbols().get(common.index());
            symbols.add(new Symbol(name, (int) layout.commonAddress(name), common.size(), Symbol.Binding.GLOBAL,
                    Symbol.Type.OBJECT, first.visibility(), sectionIndex.get(OutputSection.BSS)));
        } else if (resolution instanceof GlobalSymbols.Provided provided) {
            symbols.add(provided.symbol());
        }
    }

    private boolean isLoaded(int input, int section) {
        return section >= 0 && layout.address(input, section) >= 0;
    }

    /** {@code symbol} of {@code input} at its final address, in its output section (absolute if that is empty). */
    private Symbol placed(int input, Symbol symbol) {
        int address = (int) values.local(input, symbol).address();
        int section = Symbol.ABSOLUTE;
        if (symbol.section() >= 0) {
            Layout.Block block = layout.block(input, symbol.section());
            section = block == null ? Symbol.ABSOLUTE : sectionIndex.get(block.output());
        }
        return new Symbol(symbol.name(), address, symbol.size(), symbol.binding(), symbol.type(), symbol.visibility(),
                section);
    }
}
