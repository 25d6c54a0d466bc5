package strata.assembler.elf;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Relocation;
import strata.assembler.object.RelocationType;
import strata.assembler.object.Section;
import strata.assembler.object.Segment;
import strata.assembler.object.Symbol;

/**
 * Random models that obey the rules the ELF writer assumes: locals before the other symbols
 * (so indices survive a round trip), section symbols named after their section, relocations
 * inside sections with bytes and naming existing symbols, and for executables segments that
 * load exactly the bytes of the allocated sections.
 */
final class RandomObjects {
    private static final List<String> NAMES = List.of(".text", ".data", ".rodata", ".bss", ".sdata",
            ".text.hot", ".riscv.attributes", ".comment", ".note.x", ".init_array");

    private RandomObjects() {
    }

    static Arbitrary<ObjectFile> relocatable() {
        return sectionShapes().flatMap(shapes -> symbols(shapes.size()).flatMap(symbols ->
                relocationsFor(shapes, symbols).map(relocations -> {
                    List<Section> sections = new ArrayList<>();
                    for (int i = 0; i < shapes.size(); i++) {
                        sections.add(shapes.get(i).with(0, relocations.get(i)));
                    }
                    return new ObjectFile(ObjectFile.Kind.RELOCATABLE, 0, 0, sections, named(symbols, sections),
                            List.of());
                })));
    }

    static Arbitrary<ObjectFile> executable() {
        Arbitrary<Integer> base = Arbitraries.integers().between(0x10, 0xfff00).map(page -> page << 12);
        Arbitrary<Integer> entry = Arbitraries.integers();
        return Combinators.combine(sectionShapes(), base, entry, Arbitraries.integers().between(0, 5))
                .as((shapes, address, start, flags) -> {
                    List<Section> sections = new ArrayList<>();
                    List<Segment> segments = new ArrayList<>();
                    int next = address;
                    for (Shape shape : shapes) {
                        boolean alloc = (shape.flags() & Section.SHF_ALLOC) != 0;
                        int at = alloc ? next : 0;
                        Section section = shape.with(at, List.of());
                        sections.add(section);
                        if (alloc) {
                            segments.add(new Segment(Segment.PT_LOAD, Segment.PF_R | flags, at, at, section.size(),
                                    0x1000, section.data()));
                            next += (section.size() + 0x1fff) & ~0xfff;
                        }
                    }
                    List<Symbol> symbols = List.of(new Symbol("_start", address, 4, Symbol.Binding.GLOBAL,
                            Symbol.Type.FUNC, Symbol.Visibility.DEFAULT, sections.isEmpty() ? Symbol.ABSOLUTE : 0));
                    return new ObjectFile(ObjectFile.Kind.EXECUTABLE, flags, start, sections, symbols, segments);
                });
    }

    /** A section without its address and relocations, which depend on the rest of the file. */
    private record Shape(String name, int type, int flags, int alignment, int entrySize, byte[] data, int size) {
        Section with(int address, List<Relocation> relocations) {
            return new Section(name, type, flags, address, alignment, entrySize, data, size, relocations);
        }
    }

    private static Arbitrary<List<Shape>> sectionShapes() {
        Arbitrary<Shape> shape = Combinators.combine(
                Arbitraries.of(NAMES),
                Arbitraries.of(Section.SHT_PROGBITS, Section.SHT_NOBITS, Section.SHT_RISCV_ATTRIBUTES,
                        Section.SHT_INIT_ARRAY),
                Arbitraries.of(0, Section.SHF_ALLOC, Section.SHF_ALLOC | Section.SHF_EXECINSTR,
                        Section.SHF_ALLOC | Section.SHF_WRITE, Section.SHF_MERGE | Section.SHF_STRINGS),
                Arbitraries.of(0, 1, 2, 4, 8, 16, 4096),
                Arbitraries.of(0, 1, 4),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(80),
                Arbitraries.integers().between(0, 1 << 20)
        ).as((name, type, flags, alignment, entrySize, data, nobitsSize) -> type == Section.SHT_NOBITS
                ? new Shape(name, type, flags, alignment, entrySize, new byte[0], nobitsSize)
                : new Shape(name, type, flags, alignment, entrySize, data, data.length));
        return shape.list().ofMaxSize(6).uniqueElements(Shape::name);
    }

    /** Symbols without names (those of section symbols depend on the sections): locals first. */
    private static Arbitrary<List<Symbol>> symbols(int sectionCount) {
        Arbitrary<Symbol> symbol = Combinators.combine(
                Arbitraries.strings().withCharRange('!', '~').withChars("é$.^").ofMinLength(1).ofMaxLength(12),
                Arbitraries.integers(),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.of(Symbol.Binding.class),
                Arbitraries.of(Symbol.Type.class),
                Arbitraries.of(Symbol.Visibility.class),
                Arbitraries.integers().between(Symbol.COMMON, sectionCount - 1)
        ).as((name, value, size, binding, type, visibility, section) ->
                new Symbol(name, value, size, binding, section < 0 && type == Symbol.Type.SECTION ? Symbol.Type.NOTYPE
                        : type, visibility, section));
        return symbol.list().ofMaxSize(20).map(list -> {
            List<Symbol> ordered = new ArrayList<>(list.stream()
                    .filter(s -> s.binding() == Symbol.Binding.LOCAL).toList());
            ordered.addAll(list.stream().filter(s -> s.binding() != Symbol.Binding.LOCAL).toList());
            return ordered;
        });
    }

    private static List<Symbol> named(List<Symbol> symbols, List<Section> sections) {
        return symbols.stream().map(symbol -> symbol.type() == Symbol.Type.SECTION
                ? new Symbol(sections.get(symbol.section()).name(), symbol.value(), symbol.size(), symbol.binding(),
                symbol.type(), symbol.visibility(), symbol.section())
                : symbol).toList();
    }

    private static Arbitrary<List<List<Relocation>>> relocationsFor(List<Shape> shapes, List<Symbol> symbols) {
        List<Arbitrary<List<Relocation>>> perSection = new ArrayList<>();
        for (Shape shape : shapes) {
            if (shape.type() == Section.SHT_NOBITS || shape.size() == 0) {
                perSection.add(Arbitraries.just(List.of()));
                continue;
            }
            Arbitrary<Relocation> relocation = Combinators.combine(
                    Arbitraries.integers().between(0, shape.size() - 1),
                    Arbitraries.of(RelocationType.class),
                    Arbitraries.integers().between(Relocation.NO_SYMBOL, symbols.size() - 1),
                    Arbitraries.integers()
            ).as(Relocation::new);
            perSection.add(relocation.list().ofMaxSize(8));
        }
        return Combinators.combine(perSection).as(lists -> lists);
    }
}
