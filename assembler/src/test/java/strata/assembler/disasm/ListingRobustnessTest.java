package strata.assembler.disasm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Relocation;
import strata.assembler.object.RelocationType;
import strata.assembler.object.Section;
import strata.assembler.object.Symbol;

/**
 * Any file the ELF reader accepts can be listed: random sections of random bytes, with random
 * symbols (mapping symbols, objects, labels inside instructions or outside their section) and
 * random relocations, never make the listing throw, whatever the options.
 */
class ListingRobustnessTest {
    private static final List<String> NAMES = List.of("$x", "$d", "$xrv32i2p1", "main", "loop", ".L1\u0002", "data",
            "__global_pointer$", ".L0 ", "");

    @Property(tries = 300)
    void anyFileCanBeListed(@ForAll long seed) {
        Random random = new Random(seed);
        ObjectFile file = file(random);
        for (int options = 0; options < 16; options++) {
            Objdump.Options chosen = new Objdump.Options((options & 1) != 0, (options & 2) != 0, (options & 4) != 0,
                    (options & 8) != 0);
            assertThat(Objdump.listing("random.o", file, chosen)).startsWith("\nrandom.o:");
        }
    }

    private static ObjectFile file(Random random) {
        ObjectFile.Kind kind = random.nextBoolean() ? ObjectFile.Kind.RELOCATABLE : ObjectFile.Kind.EXECUTABLE;
        int sectionCount = 1 + random.nextInt(3);
        int symbolCount = random.nextInt(12);
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < sectionCount; i++) {
            byte[] data = new byte[random.nextInt(64)];
            for (int j = 0; j < data.length; j++) {
                data[j] = random.nextInt(3) == 0 ? 0 : (byte) random.nextInt();
            }
            List<Relocation> relocations = new ArrayList<>();
            for (int j = random.nextInt(4); j > 0; j--) {
                RelocationType[] types = RelocationType.values();
                relocations.add(new Relocation(random.nextInt(data.length + 8), types[random.nextInt(types.length)],
                        random.nextInt(symbolCount + 1) - 1, random.nextInt(64) - 32));
            }
            int flags = Section.SHF_ALLOC | (random.nextInt(4) == 0 ? 0 : Section.SHF_EXECINSTR);
            int address = kind == ObjectFile.Kind.EXECUTABLE ? random.nextInt(4) * 0x40000000 + i * 0x100 : 0;
            sections.add(new Section(".s" + i, Section.SHT_PROGBITS, flags, address, 4, 0, data, data.length,
                    relocations));
        }
        List<Symbol> symbols = new ArrayList<>();
        for (int i = 0; i < symbolCount; i++) {
            int section = random.nextInt(sectionCount + 3) - 3;
            int base = section >= 0 ? sections.get(section).address() : 0;
            Symbol.Type type = Symbol.Type.values()[random.nextInt(Symbol.Type.values().length)];
            symbols.add(new Symbol(type == Symbol.Type.SECTION && section >= 0 ? sections.get(section).name()
                    : NAMES.get(random.nextInt(NAMES.size())), base + random.nextInt(80) - 8, random.nextInt(16),
                    Symbol.Binding.values()[random.nextInt(3)], type, Symbol.Visibility.byNumber(random.nextInt(4)),
                    section));
        }
        return new ObjectFile(kind, 0, 0, sections, symbols, List.of());
    }
}
