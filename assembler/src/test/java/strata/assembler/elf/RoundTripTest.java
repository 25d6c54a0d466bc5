package strata.assembler.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Relocation;
import strata.assembler.object.RelocationType;
import strata.assembler.object.Section;
import strata.assembler.object.Segment;
import strata.assembler.object.Symbol;

/** Writing a model and reading it back gives the model again; and what the writer decides. */
class RoundTripTest {

    @Property(tries = 300)
    void relocatableObjectsSurviveARoundTrip(@ForAll("relocatable") ObjectFile object) throws ElfFormatException {
        assertThat(ElfReader.read(ElfWriter.write(object))).isEqualTo(object);
    }

    @Property(tries = 200)
    void executablesSurviveARoundTrip(@ForAll("executable") ObjectFile object) throws ElfFormatException {
        assertThat(ElfReader.read(ElfWriter.write(object))).isEqualTo(object);
    }

    @Property(tries = 200)
    void loadedSectionsSitAtOffsetsCongruentToTheirAddresses(@ForAll("executable") ObjectFile object)
            throws ElfFormatException {
        byte[] file = ElfWriter.write(object);
        ElfInput in = new ElfInput(file);
        long sectionHeaders = in.u32(32, "e_shoff");
        int count = in.u16(48, "e_shnum");
        for (int i = 1; i < count; i++) {
            long at = sectionHeaders + (long) i * Elf.SHDR_SIZE;
            int flags = in.i32(at + 8, "sh_flags");
            if ((flags & Section.SHF_ALLOC) != 0) {
                assertThat((in.i32(at + 12, "sh_addr") - in.i32(at + 16, "sh_offset")) & 0xfff).isZero();
            }
        }
    }

    @Provide
    Arbitrary<ObjectFile> relocatable() {
        return RandomObjects.relocatable();
    }

    @Provide
    Arbitrary<ObjectFile> executable() {
        return RandomObjects.executable();
    }

    @Test
    void localsGoFirstAndRelocationsFollowTheirSymbols() throws ElfFormatException {
        Symbol global = symbol("global_first", Symbol.Binding.GLOBAL);
        Symbol local = symbol("local_second", Symbol.Binding.LOCAL);
        Symbol weak = symbol("weak_third", Symbol.Binding.WEAK);
        Section text = text(List.of(new Relocation(0, RelocationType.R_32, 0, 1),
                new Relocation(4, RelocationType.R_32, 1, 2), new Relocation(8, RelocationType.R_32, 2, 3),
                new Relocation(12, RelocationType.RELAX, Relocation.NO_SYMBOL, 0)));
        ObjectFile object = new ObjectFile(ObjectFile.Kind.RELOCATABLE, 0, 0, List.of(text),
                List.of(global, local, weak), List.of());

        ObjectFile read = ElfReader.read(ElfWriter.write(object));

        assertThat(read.symbols()).containsExactly(local, global, weak);
        List<String> named = new ArrayList<>();
        for (Relocation relocation : read.sections().get(0).relocations()) {
            named.add(relocation.symbol() < 0 ? "none" : read.symbols().get(relocation.symbol()).name());
        }
        assertThat(named).containsExactly("global_first", "local_second", "weak_third", "none");
    }

    @Test
    void sectionHeadersAreInGnuOrder() {
        Section data = new Section(".data", Section.SHT_PROGBITS, Section.SHF_ALLOC | Section.SHF_WRITE, 0, 4, 0,
                new byte[4], 4, List.of(new Relocation(0, RelocationType.R_32, 0, 0)));
        Section bss = new Section(".bss", Section.SHT_NOBITS, Section.SHF_ALLOC | Section.SHF_WRITE, 0, 4, 0,
                new byte[0], 16, List.of());
        ObjectFile object = new ObjectFile(ObjectFile.Kind.RELOCATABLE, 0, 0,
                List.of(text(List.of(new Relocation(0, RelocationType.R_32, 0, 0))), data, bss),
                List.of(symbol("x", Symbol.Binding.GLOBAL)), List.of());

        assertThat(sectionNames(ElfWriter.write(object))).containsExactly("", ".text", ".rela.text", ".data",
                ".rela.data", ".bss", ".symtab", ".strtab", ".shstrtab");
    }

    @Test
    void aSectionThatDisagreesWithItsSegmentIsRefused() {
        Section text = new Section(".text", Section.SHT_PROGBITS, Section.SHF_ALLOC | Section.SHF_EXECINSTR,
                0x1000, 4, 0, new byte[] {1, 2, 3, 4}, 4, List.of());
        Segment segment = new Segment(Segment.PT_LOAD, Segment.PF_R | Segment.PF_X, 0x1000, 0x1000, 4, 0x1000,
                new byte[] {1, 2, 3, 5});
        ObjectFile object = new ObjectFile(ObjectFile.Kind.EXECUTABLE, 0, 0x1000, List.of(text), List.of(),
                List.of(segment));

        assertThatThrownBy(() -> ElfWriter.write(object)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".text");
    }

    private static List<String> sectionNames(byte[] file) {
        try {
            ElfInput in = new ElfInput(file);
            long headers = in.u32(32, "e_shoff");
            int count = in.u16(48, "e_shnum");
            long names = in.u32(headers + (long) in.u16(50, "e_shstrndx") * Elf.SHDR_SIZE + 16, "sh_offset");
            long size = in.u32(headers + (long) in.u16(50, "e_shstrndx") * Elf.SHDR_SIZE + 20, "sh_size");
            List<String> result = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                result.add(in.string(names, size, in.u32(headers + (long) i * Elf.SHDR_SIZE, "sh_name"), "names"));
            }
            return result;
        } catch (ElfFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static Section text(List<Relocation> relocations) {
        return new Section(".text", Section.SHT_PROGBITS, Section.SHF_ALLOC | Section.SHF_EXECINSTR, 0, 4, 0,
                new byte[16], 16, relocations);
    }

    private static Symbol symbol(String name, Symbol.Binding binding) {
        return new Symbol(name, 0, 0, binding, Symbol.Type.NOTYPE, Symbol.Visibility.DEFAULT, 0);
    }
}
