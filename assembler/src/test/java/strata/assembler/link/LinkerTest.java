package strata.assembler.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import strata.assembler.diag.Diagnostic;
import strata.assembler.isa.Encoding;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Relocation;
import strata.assembler.object.RelocationType;
import strata.assembler.object.Section;
import strata.assembler.object.Segment;
import strata.assembler.object.Symbol;

/** The linker's rules that the GNU-checked corpora do not pin down on their own. */
class LinkerTest {
    private static final int AX = Section.SHF_ALLOC | Section.SHF_EXECINSTR;

    @Test
    void everyRelocationTypeHasARuleButAlign() {
        for (RelocationType type : RelocationType.values()) {
            assertThat(RelocationRule.of(type)).as("%s", type).matches(rule -> (rule == null) == (type
                    == RelocationType.ALIGN));
        }
    }

    @Property
    void branchAndJumpFieldsHoldWhatTheDecoderReadsBack(@ForAll @IntRange(min = -2048, max = 2047) int halfBranch,
                                                       @ForAll @IntRange(min = -524288, max = 524287) int halfJump) {
        byte[] bytes = new byte[8];
        Field.WORD.write(bytes, 0, 0x00b50063);
        Field.WORD.write(bytes, 4, 0x0000006f);
        Field.BRANCH.write(bytes, 0, halfBranch * 2L);
        Field.JUMP.write(bytes, 4, halfJump * 2L);
        assertThat(Encoding.immB((int) Field.WORD.read(bytes, 0))).isEqualTo(halfBranch * 2);
        assertThat(Encoding.immJ((int) Field.WORD.read(bytes, 4))).isEqualTo(halfJump * 2);
        assertThat((int) Field.WORD.read(bytes, 0) & ~Encoding.withImmB(0, -1)).isEqualTo(0x00b50063);
    }

    @Property
    void upperAndLowerPartsAddBackToTheValue(@ForAll int value) {
        byte[] bytes = new byte[8];
        Field.CALL.write(bytes, 0, value);
        int upper = Encoding.immU((int) Field.WORD.read(bytes, 0));
        int lower = Encoding.immI((int) Field.WORD.read(bytes, 4));
        assertThat(upper + lower).isEqualTo(value);
    }

    @Test
    void subtractionRelocationsSubtractTheAddendAsThePsAbiSays() {
        Section data = new Section(".data", Section.SHT_PROGBITS, Section.SHF_ALLOC | Section.SHF_WRITE, 0, 4, 0,
                new byte[] {100, 0, 0, 0}, 4, List.of(new Relocation(0, RelocationType.SUB32, 0, 3)));
        Symbol five = new Symbol("five", 5, 0, Symbol.Binding.LOCAL, Symbol.Type.NOTYPE, Symbol.Visibility.DEFAULT,
                Symbol.ABSOLUTE);
        ObjectFile object = new ObjectFile(ObjectFile.Kind.RELOCATABLE, 0, 0, List.of(data), List.of(five), List.of());

        LinkResult result = Linker.link(List.of(new LinkInput("a.o", object)), new LinkOptions(0x10000, "0x10000"));

        assertThat(result.executable().section(".data").data()).containsExactly(100 - 5 - 3, 0, 0, 0);
    }

    @Test
    void aRelocationInASectionWithoutContentsIsAnErrorNotACrash() {
        Section bss = new Section(".bss", Section.SHT_NOBITS, Section.SHF_ALLOC | Section.SHF_WRITE, 0, 4, 0,
                new byte[0], 8, List.of(new Relocation(0, RelocationType.CALL_PLT, 0, 0)));
        ObjectFile object = new ObjectFile(ObjectFile.Kind.RELOCATABLE, 0, 0, List.of(bss), List.of(), List.of());

        LinkResult result = Linker.link(List.of(new LinkInput("a.o", object)), new LinkOptions(0x10000, "0x10000"));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::file, Diagnostic::message).contains(tuple("a.o",
                ".bss+0x0: a relocation in a section without contents (instructions or addresses in .bss?);"
                        + " put them in .text or .data"));
    }

    @Test
    void segmentsArePagesWithOnePermissionSetEach() {
        ObjectFile object = new ObjectFile(ObjectFile.Kind.RELOCATABLE, 0, 0, List.of(
                section(".text", AX, 12), section(".rodata", Section.SHF_ALLOC, 5),
                section(".data", Section.SHF_ALLOC | Section.SHF_WRITE, 3),
                new Section(".bss", Section.SHT_NOBITS, Section.SHF_ALLOC | Section.SHF_WRITE, 0, 8, 0, new byte[0], 64,
                        List.of())), List.of(), List.of());

        ObjectFile executable = Linker.link(List.of(new LinkInput("a.o", object)), new LinkOptions(0x10000,
                "0x10000")).executable();

        assertThat(executable.segments()).extracting(Segment::flags, Segment::virtualAddress, Segment::memorySize)
                .containsExactly(
                        tuple(Segment.PF_R | Segment.PF_X, 0x10000, 12),
                        tuple(Segment.PF_R, 0x11000, 5),
                        tuple(Segment.PF_R | Segment.PF_W, 0x12000, 0x48));
        assertThat(executable.segments()).allMatch(segment -> segment.alignment() == LinkOptions.PAGE_SIZE);
        assertThat(executable.segments().get(2).data()).hasSize(3);
    }

    @Test
    void bssWithoutDataIsAWritableSegmentOfItsOwn() {
        ObjectFile object = new ObjectFile(ObjectFile.Kind.RELOCATABLE, 0, 0, List.of(
                section(".text", AX, 12), section(".rodata", Section.SHF_ALLOC, 5),
                new Section(".bss", Section.SHT_NOBITS, Section.SHF_ALLOC | Section.SHF_WRITE, 0, 8, 0, new byte[0], 64,
                        List.of())), List.of(), List.of());

        ObjectFile executable = Linker.link(List.of(new LinkInput("a.o", object)), new LinkOptions(0x10000,
                "0x10000")).executable();

        assertThat(executable.segments()).extracting(Segment::flags, Segment::virtualAddress, Segment::memorySize)
                .containsExactly(
                        tuple(Segment.PF_R | Segment.PF_X, 0x10000, 12),
                        tuple(Segment.PF_R, 0x11000, 5),
                        tuple(Segment.PF_R | Segment.PF_W, 0x12000, 64));
        assertThat(executable.segments().get(2).data()).isEmpty();
    }

    @Test
    void theFlatBinaryFillsTheGapsWithZeros() {
        ObjectFile object = new ObjectFile(ObjectFile.Kind.RELOCATABLE, 0, 0, List.of(
                section(".text", AX, 4), section(".rodata", Section.SHF_ALLOC, 2)), List.of(), List.of());
        ObjectFile executable = Linker.link(List.of(new LinkInput("a.o", object)), new LinkOptions(0x10000,
                "0x10000")).executable();

        byte[] image = FlatBinary.of(executable);

        assertThat(image).hasSize(0x1002);
        assertThat(image[0]).isEqualTo((byte) 1);
        assertThat(image[0x800]).isZero();
        assertThat(image[0x1001]).isEqualTo((byte) 1);
        assertThat(FlatBinary.start(executable)).isEqualTo(0x10000);
    }

    @Test
    void aSectionWithContentsHasALimit() {
        Section gap = new Section(".data.gap", Section.SHT_NOBITS, Section.SHF_ALLOC | Section.SHF_WRITE, 0, 4, 0,
                new byte[0], 300 << 20, List.of());
        ObjectFile object = new ObjectFile(ObjectFile.Kind.RELOCATABLE, 0, 0,
                List.of(section(".data", Section.SHF_ALLOC | Section.SHF_WRITE, 4), gap), List.of(), List.of());
        assertThat(messages(Linker.link(List.of(new LinkInput("a.o", object)), LinkOptions.defaults())))
                .containsExactly("strata link: error: .data would hold 314572804 bytes, more than the 268435456 the"
                        + " linker writes in one section; large zeroed areas belong in .bss");
    }

    @Test
    void aFlatBinaryMayBeTooLargeToMake() {
        ObjectFile executable = Linker.link(List.of(new LinkInput("far.o", farApart())), new LinkOptions(0x1000,
                "0x1000")).executable();
        assertThat(FlatBinary.length(executable)).isEqualTo(0xc0000001L - 0x1000).isGreaterThan(FlatBinary.MAX_LENGTH);
    }

    /** An object whose sections, by their alignments, land 3 GiB apart. */
    private static ObjectFile farApart() {
        return new ObjectFile(ObjectFile.Kind.RELOCATABLE, 0, 0, List.of(section(".text", AX, 4),
                new Section(".rodata", Section.SHT_PROGBITS, Section.SHF_ALLOC, 0, 1 << 31, 0, new byte[1], 1, List.of()),
                new Section(".data", Section.SHT_PROGBITS, Section.SHF_ALLOC | Section.SHF_WRITE, 0, 1 << 30, 0,
                        new byte[1], 1, List.of())), List.of(), List.of());
    }

    @Test
    void anExecutableIsNotAnInput() {
        ObjectFile executable = new ObjectFile(ObjectFile.Kind.EXECUTABLE, 0, 0, List.of(), List.of(), List.of());
        assertThat(messages(Linker.link(List.of(new LinkInput("prog", executable)), LinkOptions.defaults())))
                .containsExactly("prog: error: is an executable, not a relocatable object");
    }

    @Test
    void nothingToLinkIsAnError() {
        assertThat(messages(LinkFiles.link(List.of(), LinkOptions.defaults())))
                .containsExactly("strata link: error: no input files");
    }

    @Test
    void unreadableFilesAreNamed() {
        assertThat(messages(LinkFiles.link(List.of(Path.of("no/such.o"), Path.of("src")), LinkOptions.defaults())))
                .containsExactly("no/such.o: error: no such file", "src: error: is a directory");
    }

    @Test
    void aCommonBlockNeedsAPowerOfTwoAlignment() {
        Symbol common = new Symbol("block", 12, 64, Symbol.Binding.GLOBAL, Symbol.Type.OBJECT,
                Symbol.Visibility.DEFAULT, Symbol.COMMON);
        ObjectFile object = new ObjectFile(ObjectFile.Kind.RELOCATABLE, 0, 0, List.of(section(".text", AX, 4)),
                List.of(common), List.of());
        assertThat(messages(Linker.link(List.of(new LinkInput("a.o", object)), LinkOptions.defaults())))
                .containsExactly("a.o: error: common symbol `block' asks for alignment 12, which is not a power of two");
    }

    @Test
    void theEntryMayBeAnAddress() {
        ObjectFile object = new ObjectFile(ObjectFile.Kind.RELOCATABLE, 0, 0, List.of(section(".text", AX, 8)),
                List.of(), List.of());
        LinkResult result = Linker.link(List.of(new LinkInput("a.o", object)), new LinkOptions(0x10000, "0x10004"));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.executable().entry()).isEqualTo(0x10004);
    }

    @Test
    void symbolsInSectionsThatAreNotLoadedAreLeftOut() {
        Section comment = new Section(".comment", Section.SHT_PROGBITS, 0, 0, 1, 0, new byte[4], 4, List.of());
        Symbol inComment = new Symbol("note", 0, 0, Symbol.Binding.LOCAL, Symbol.Type.NOTYPE,
                Symbol.Visibility.DEFAULT, 1);
        Symbol start = new Symbol("_start", 0, 0, Symbol.Binding.GLOBAL, Symbol.Type.FUNC, Symbol.Visibility.DEFAULT, 0);
        ObjectFile object = new ObjectFile(ObjectFile.Kind.RELOCATABLE, 0, 0,
                List.of(section(".text", AX, 4), comment), List.of(inComment, start), List.of());

        ObjectFile executable = Linker.link(List.of(new LinkInput("a.o", object)), LinkOptions.defaults())
                .executable();

        assertThat(executable.symbols()).extracting(Symbol::name).doesNotContain("note").contains("_start");
        assertThat(executable.sections()).extracting(Section::name).containsExactly(".text");
    }

    private static Section section(String name, int flags, int size) {
        byte[] data = new byte[size];
        data[0] = 1;
        data[size - 1] = 1;
        return new Section(name, Section.SHT_PROGBITS, flags, 0, 4, 0, data, size, List.of());
    }

    private static List<String> messages(LinkResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }
}
