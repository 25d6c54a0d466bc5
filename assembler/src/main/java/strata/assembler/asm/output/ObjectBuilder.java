package strata.assembler.asm.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.expr.Evaluator;
import strata.assembler.asm.expr.Located;
import strata.assembler.asm.expr.Value;
import strata.assembler.asm.section.AlignFragment;
import strata.assembler.asm.section.BranchFragment;
import strata.assembler.asm.section.FixedFragment;
import strata.assembler.asm.section.Fragment;
import strata.assembler.asm.section.Layout;
import strata.assembler.asm.section.MappingSymbols;
import strata.assembler.asm.section.OrgFragment;
import strata.assembler.asm.section.SectionState;
import strata.assembler.asm.section.Sections;
import strata.assembler.asm.symbol.AsmSymbol;
import strata.assembler.asm.symbol.Sequence;
import strata.assembler.asm.symbol.SymbolTable;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Relocation;
import strata.assembler.object.Section;
import strata.assembler.object.Symbol;

/**
 * Turns the assembled sections and symbols into an {@link ObjectFile}: lays each section out,
 * writes its bytes, settles fixups into relocations ({@link Relocator}), and lists the symbols
 * that reach the object in GNU's order, locals first, then globals.
 */
public final class ObjectBuilder {
    private static final String ATTRIBUTES = ".riscv.attributes";

    private final Sections sections;
    private final SymbolTable symbols;
    private final Sequence sequence;
    private final Problems problems;
    private final boolean relaxAtEnd;
    private final String fileName;

    /**
     * {@code relaxAtEnd} is whether {@code .option relax} is on at the end of the file, which GNU
     * consults for some relocations; {@code fileName} is what {@code .file} named, or null.
     */
    public ObjectBuilder(Sections sections, SymbolTable symbols, Sequence sequence, Problems problems,
                         boolean relaxAtEnd, String fileName) {
        this.sections = sections;
        this.symbols = symbols;
        this.sequence = sequence;
        this.problems = problems;
        this.relaxAtEnd = relaxAtEnd;
        this.fileName = fileName;
    }

    public ObjectFile build() {
        List<SectionState> states = sections.all();
        List<byte[]> contents = new ArrayList<>();
        List<List<PendingRelocation>> pending = new ArrayList<>();
        Relocator relocator = new Relocator(problems, sequence, relaxAtEnd);
        Map<SectionState, Integer> laidOut = new HashMap<>();
        for (SectionState section : states) {
            try {
                byte[] bytes = layOut(section);
                contents.add(bytes);
                laidOut.put(section, bytes.length);
            } catch (AsmException e) {
                problems.error(e.getMessage());
                contents.add(new byte[0]);
            }
        }
        ExplicitRelocations explicitRelocations = new ExplicitRelocations(problems, sequence);
        Map<SectionState, List<PendingRelocation>> explicit = explicitRelocations.resolve(
                sections.explicitRelocations(), laidOut);
        for (SectionState section : states) {
            pending.add(laidOut.containsKey(section) ? RelocationOrder.merge(
                    relocator.apply(section, contents.get(section.index())), explicit.getOrDefault(section, List.of()))
                    : List.of());
        }
        List<Symbol> table = new ArrayList<>();
        Map<AsmSymbol, Integer> index = new HashMap<>();
        Map<Integer, Integer> sectionSymbols = new HashMap<>();
        int absoluteSymbolOrder = anyFixup(states) ? -1 : explicitRelocations.absoluteSymbolOrder();
        listSymbols(states, contents, absoluteSymbolOrder, table, index, sectionSymbols);

        List<Section> output = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            SectionState section = states.get(i);
            byte[] bytes = contents.get(i);
            List<Relocation> relocations = new ArrayList<>();
            for (PendingRelocation relocation : pending.get(i)) {
                int symbol = relocation.symbol() != null ? index.get(relocation.symbol())
                        : relocation.section() != null ? sectionSymbols.get(relocation.section().index())
                        : Relocation.NO_SYMBOL;
                relocations.add(new Relocation(relocation.offset(), relocation.type(), symbol, (int) relocation.addend()));
            }
            output.add(new Section(section.name(), section.type(), section.flags(), 0, 1 << section.alignmentPower(),
                    section.entrySize(), section.isNobits() ? new byte[0] : bytes, bytes.length, List.copyOf(relocations)));
        }
        byte[] attributes = Attributes.contents(sections.privilegedUsed());
        output.add(new Section(ATTRIBUTES, Section.SHT_RISCV_ATTRIBUTES, 0, 0, 1, 0, attributes, attributes.length,
                List.of()));
        return new ObjectFile(ObjectFile.Kind.RELOCATABLE, 0, 0, List.copyOf(output), List.copyOf(table), List.of());
    }

    /**
     * True if any section has a fixup or a branch, either of which makes GNU create the absolute
     * section's symbol for itself, which keeps that symbol out of the symbol table.
     */
    private static boolean anyFixup(List<SectionState> states) {
        for (SectionState section : states) {
            for (Fragment fragment : section.fragments()) {
                boolean fixups = fragment instanceof FixedFragment fixed && !fixed.fixups().isEmpty();
                if (fixups || fragment instanceof BranchFragment) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Lays {@code section} out and returns its bytes, branches still to be written; an
     * {@code .org} whose target ended up behind it is reported.
     */
    private byte[] layOut(SectionState section) {
        int size = Layout.run(section);
        byte[] bytes = new byte[size];
        for (Fragment fragment : section.fragments()) {
            if (fragment instanceof FixedFragment fixed) {
                fixed.copyTo(bytes, fixed.address());
            } else if (fragment instanceof OrgFragment org) {
                if (org.backwards()) {
                    problems.error(org.line(), org.column(), "attempt to move .org backwards, to offset " + org.target()
                            + " from offset " + org.address() + " of section " + section.name());
                }
                byte[] padding = org.contents();
                System.arraycopy(padding, 0, bytes, org.address(), padding.length);
            } else if (fragment instanceof AlignFragment align) {
                byte[] padding = align.contents();
                System.arraycopy(padding, 0, bytes, align.address(), padding.length);
                if (align.oddPadding()) {
                    section.mapping().oddPadding(align);
                }
            }
        }
        return bytes;
    }

    /**
     * Lists the symbols as GNU does: the file name first, then the locals in the order they came
     * into being (section symbols, named symbols, mapping symbols, temporaries when a relocation
     * needed them, the absolute section's symbol if a {@code .reloc} needed it), the attributes
     * section's symbol, then the globals in order. {@code index} gets the table index of each
     * symbol, {@code sectionSymbols} that of each section's symbol.
     */
    private void listSymbols(List<SectionState> states, List<byte[]> contents, int absoluteSymbolOrder,
                             List<Symbol> table, Map<AsmSymbol, Integer> index, Map<Integer, Integer> sectionSymbols) {
        record Entry(int order, Symbol symbol, AsmSymbol source) {
        }
        List<Entry> locals = new ArrayList<>();
        List<Entry> globals = new ArrayList<>();
        for (SectionState section : states) {
            locals.add(new Entry(section.order(), sectionSymbol(section.name(), section.index()), null));
            for (MappingSymbols.Resolved mark : section.mapping().resolve(contents.get(section.index()).length)) {
                locals.add(new Entry(mark.order(), new Symbol(mark.name(), mark.address(), 0, Symbol.Binding.LOCAL,
                        Symbol.Type.NOTYPE, Symbol.Visibility.DEFAULT, section.index()), null));
            }
        }
        if (absoluteSymbolOrder >= 0) {
            locals.add(new Entry(absoluteSymbolOrder, sectionSymbol("", Symbol.ABSOLUTE), null));
        }
        for (AsmSymbol symbol : symbols.all()) {
            Symbol emitted = emitted(symbol);
            if (emitted != null) {
                (emitted.binding() == Symbol.Binding.LOCAL ? locals : globals).add(new Entry(symbol.order(), emitted, symbol));
            }
        }
        Comparator<Entry> byOrder = Comparator.comparingInt(Entry::order);
        locals.sort(byOrder);
        globals.sort(byOrder);
        if (fileName != null) {
            table.add(new Symbol(fileName, 0, 0, Symbol.Binding.LOCAL, Symbol.Type.FILE, Symbol.Visibility.DEFAULT,
                    Symbol.ABSOLUTE));
        }
        locals.add(new Entry(Integer.MAX_VALUE, sectionSymbol(ATTRIBUTES, states.size()), null));
        for (List<Entry> entries : List.of(locals, globals)) {
            for (Entry entry : entries) {
                if (entry.source() != null) {
                    index.put(entry.source(), table.size());
                } else if (entry.symbol().type() == Symbol.Type.SECTION) {
                    sectionSymbols.put(entry.symbol().section(), table.size());
                }
                table.add(entry.symbol());
            }
        }
    }

    private static Symbol sectionSymbol(String name, int section) {
        return new Symbol(name, 0, 0, Symbol.Binding.LOCAL, Symbol.Type.SECTION, Symbol.Visibility.DEFAULT, section);
    }

    /** The symbol as the object lists it, or null if it stays out, as GNU leaves out unused temporaries. */
    private Symbol emitted(AsmSymbol symbol) {
        if (symbol.temporary() && !symbol.usedInRelocation()) {
            return null;
        }
        Symbol.Binding declared = symbol.binding();
        Symbol.Binding binding = declared == null ? Symbol.Binding.LOCAL : declared;
        int size = size(symbol);
        return switch (symbol.kind()) {
            case UNDEFINED -> undefinedIsListed(symbol)
                    ? new Symbol(symbol.name(), 0, size, binding == Symbol.Binding.WEAK ? binding : Symbol.Binding.GLOBAL,
                            symbol.type(), symbol.visibility(), Symbol.UNDEFINED)
                    : null;
            case LABEL -> new Symbol(symbol.name(), symbol.position().address(), size, binding, symbol.type(),
                    symbol.visibility(), symbol.position().section().index());
            case EQUATED -> equated(symbol, binding, size);
            case COMMON -> new Symbol(symbol.name(), symbol.commonAlignment(), symbol.commonSize(), Symbol.Binding.GLOBAL,
                    Symbol.Type.OBJECT, Symbol.Visibility.DEFAULT, Symbol.COMMON);
        };
    }

    /** GNU lists an undefined symbol if it was named or declared, except by .weak alone. */
    private static boolean undefinedIsListed(AsmSymbol symbol) {
        return symbol.referenced() || symbol.usedInRelocation() || symbol.type() != Symbol.Type.NOTYPE
                || symbol.size() != null || (symbol.binding() != null && symbol.binding() != Symbol.Binding.WEAK);
    }

    private Symbol equated(AsmSymbol symbol, Symbol.Binding binding, int size) {
        Value value;
        try {
            value = Evaluator.resolve(symbol.equated(), Evaluator.Mode.FINAL);
        } catch (AsmException e) {
            problems.error(symbol.definedAt(), -1, e.getMessage());
            return null;
        }
        if (value.isConstant()) {
            return new Symbol(symbol.name(), (int) value.addend(), size, binding, symbol.type(), symbol.visibility(),
                    Symbol.ABSOLUTE);
        }
        Located located = Located.of(value);
        if (located != null) {
            return new Symbol(symbol.name(), (int) located.address(), size, binding, symbol.type(),
                    symbol.visibility(), located.section().index());
        }
        return null;
    }

    private int size(AsmSymbol symbol) {
        if (symbol.size() == null) {
            return 0;
        }
        try {
            Value size = Evaluator.resolve(symbol.size(), Evaluator.Mode.FINAL);
            if (size.isConstant()) {
                return (int) size.addend();
            }
            problems.error(symbol.sizeLine(), -1, "the size of '" + symbol.name() + "' is not a constant");
        } catch (AsmException e) {
            problems.error(symbol.sizeLine(), e.column(), e.getMessage());
        }
        return 0;
    }
}
