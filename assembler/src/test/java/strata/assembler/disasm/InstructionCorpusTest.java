package strata.assembler.disasm;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.testkit.Binutils.Tool.AS;
import static strata.testkit.Binutils.Tool.OBJDUMP;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import strata.assembler.isa.Alias;
import strata.assembler.isa.Opcode;
import strata.testkit.Binutils;

/**
 * The instruction corpus: each {@code disasm/instructions/NAME.S} beside the listings GNU
 * objdump 2.40 printed for it, {@code NAME.objdump} ({@code -d}) and
 * {@code NAME.no-aliases.objdump} ({@code -d -M no-aliases}). Strata must print every word of
 * them as binutils did, up to {@link GnuDifferences}. Adding a case is adding a {@code .S} and
 * running this test with binutils installed and {@code -Dstrata.regenerate=true}.
 */
class InstructionCorpusTest {
    private static final Corpus CORPUS = new Corpus("instructions");

    /** The listing modes: file suffix, objdump options, and the matching disassembler. */
    private enum Mode {
        ALIASES(".objdump", true),
        NO_ALIASES(".no-aliases.objdump", false, "-M", "no-aliases");

        final String suffix;
        final boolean aliases;
        final Disassembler disassembler;
        final String[] options;

        Mode(String suffix, boolean aliases, String... options) {
            this.suffix = suffix;
            this.aliases = aliases;
            this.disassembler = aliases ? new Disassembler() : new Disassembler().withoutAliases();
            this.options = options;
        }

        List<String> objdumpOptions() {
            return Stream.concat(Stream.of("-d"), Stream.of(options)).toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> strataPrintsEveryWordAsBinutilsDid() {
        return cases().flatMap(source -> Stream.of(Mode.values()).map(mode -> DynamicTest.dynamicTest(
                name(source) + mode.suffix, () -> assertSameText(listing(source, mode), mode))));
    }

    @Test
    void everyRowAndEveryPrintingAliasHasACase() {
        Set<Opcode> rows = EnumSet.noneOf(Opcode.class);
        Set<Alias> aliases = new HashSet<>();
        cases().forEach(source -> {
            for (Mode mode : Mode.values()) {
                for (GnuListing.Line line : listing(source, mode).lines()) {
                    Instruction instruction = mode.disassembler.disassemble(line.word(), line.address());
                    if (instruction.isValid()) {
                        rows.add(instruction.opcode());
                    }
                    if (instruction.alias() != null) {
                        aliases.add(instruction.alias());
                    }
                }
            }
        });
        assertThat(EnumSet.complementOf(EnumSet.copyOf(rows))).as("rows without a case").isEmpty();
        List<String> missing = Alias.all().stream().filter(Alias::prints).filter(alias -> !aliases.contains(alias))
                .map(alias -> alias.mnemonic() + " " + alias.template()).toList();
        assertThat(missing).as("printing aliases without a case").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> committedListingsAreWhatBinutilsPrints(@TempDir Path temp) {
        Binutils.require(AS, OBJDUMP);
        boolean regenerate = Corpus.regenerate();
        return cases().map(source -> DynamicTest.dynamicTest(name(source), () -> {
            Path object = temp.resolve(name(source) + ".o");
            Binutils.assemble(source, object, Binutils.AS_OPTIONS).assertSuccess();
            for (Mode mode : Mode.values()) {
                String reference = Binutils.runOn(OBJDUMP, object, mode.objdumpOptions()).assertSuccess().stdout();
                Path committed = source.resolveSibling(name(source) + mode.suffix);
                if (regenerate) {
                    Files.writeString(CORPUS.sourceTree().resolve(committed.getFileName()), reference);
                } else {
                    assertThat(Files.readString(committed)).as(committed.toString()).isEqualTo(reference);
                }
            }
        }));
    }

    private static void assertSameText(GnuListing listing, Mode mode) {
        Disassembler named = mode.disassembler.withSymbols(listing.symbols());
        List<String> mismatches = new ArrayList<>();
        for (GnuListing.Line line : listing.lines()) {
            assertThat(line.isWord()).as("the corpus holds 32-bit words only: %s", line).isTrue();
            String expected = GnuListing.withoutComment(GnuDifferences.toStrata(line.text(), line.word(), mode.aliases));
            String actual = named.disassemble(line.word(), line.address()).text();
            if (!actual.equals(expected)) {
                mismatches.add(String.format("%x: %08x binutils '%s' -> expected '%s', Strata '%s'",
                        line.address(), line.word(), line.text(), expected, actual));
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(listing.lines()).isNotEmpty();
    }

    private static GnuListing listing(Path source, Mode mode) {
        return GnuListing.parse(Corpus.read(source.resolveSibling(name(source) + mode.suffix)));
    }

    private static String name(Path source) {
        return Corpus.name(source);
    }

    private static Stream<Path> cases() {
        return CORPUS.sources().stream();
    }
}
