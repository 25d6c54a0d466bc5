package strata.assembler.disasm;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.testkit.Binutils.Tool.AS;
import static strata.testkit.Binutils.Tool.LD;
import static strata.testkit.Binutils.Tool.OBJCOPY;
import static strata.testkit.Binutils.Tool.OBJDUMP;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import strata.assembler.elf.ElfReader;
import strata.testkit.Binutils;

/**
 * Whole listings: each {@code disasm/listings/NAME.S} was assembled by GNU as into
 * {@code NAME.o}, and, when its header says so, linked into {@code NAME.elf} and stripped into
 * {@code NAME.stripped.elf}. Beside each of these files are the listings objdump 2.40 printed
 * for it, {@code FILE.drt} ({@code -drt}), {@code FILE.r} ({@code -r}) and
 * {@code FILE.d-no-aliases} ({@code -d -M no-aliases}); Strata must print the
 * same, up to {@link GnuDifferences}. Header lines of the source say how it is built:
 * {@code # as: OPTIONS} (instead of the reference options), {@code # ld: OPTIONS},
 * {@code # strip}. With binutils installed, a test rebuilds the files and re-runs objdump;
 * {@code -Dstrata.regenerate=true} writes what they make into the source tree.
 */
class ListingCorpusTest {
    private static final Corpus CORPUS = new Corpus("listings");

    /** The listings kept for each file: their suffix, objdump's options and Strata's. */
    private enum Listing {
        DRT(".drt", new Objdump.Options(true, true, true, true), "-drt"),
        R(".r", new Objdump.Options(false, true, false, true), "-r"),
        NO_ALIASES(".d-no-aliases", new Objdump.Options(true, false, false, false), "-d", "-M", "no-aliases");

        final String suffix;
        final Objdump.Options options;
        final List<String> objdumpOptions;

        Listing(String suffix, Objdump.Options options, String... objdumpOptions) {
            this.suffix = suffix;
            this.options = options;
            this.objdumpOptions = List.of(objdumpOptions);
        }
    }

    /** How a case is built, from the header lines of its source. */
    private record Recipe(Path source, List<String> asOptions, List<String> ldOptions, boolean strip) {

        static Recipe of(Path source) {
            List<String> as = Binutils.AS_OPTIONS;
            List<String> ld = null;
            boolean strip = false;
            for (String line : Corpus.read(source).split("\n")) {
                if (line.startsWith("# as:")) {
                    as = words(line.substring("# as:".length()));
                } else if (line.startsWith("# ld:")) {
                    ld = words(line.substring("# ld:".length()));
                } else if (line.equals("# strip")) {
                    strip = true;
                }
            }
            return new Recipe(source, as, ld, strip);
        }

        String name() {
            return Corpus.name(source);
        }

        /** The files the recipe makes: the object, then the executable and its stripped copy. */
        List<String> files() {
            List<String> files = new ArrayList<>(List.of(name() + ".o"));
            if (ldOptions != null) {
                files.add(name() + ".elf");
            }
            if (strip) {
                files.add(name() + ".stripped.elf");
            }
            return files;
        }

        /** Builds every file of the recipe in {@code directory}. */
        void build(Path directory) throws IOException {
            Path source = Files.copy(this.source, directory.resolve(this.source.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
            Path object = directory.resolve(name() + ".o");
            Binutils.assemble(source, object, asOptions).assertSuccess();
            if (ldOptions != null) {
                List<String> arguments = new ArrayList<>(ldOptions);
                arguments.add(object.getFileName().toString());
                Binutils.link(directory, directory.resolve(name() + ".elf"), arguments).assertSuccess();
            }
            if (strip) {
                Binutils.strip(directory.resolve(name() + ".elf"), directory.resolve(name() + ".stripped.elf"));
            }
        }

        private static List<String> words(String text) {
            return Arrays.stream(text.trim().split("\\s+")).toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> strataListsEveryFileAsBinutilsDid() {
        return recipes().flatMap(recipe -> recipe.files().stream()).flatMap(file -> Stream.of(Listing.values())
                .map(listing -> DynamicTest.dynamicTest(file + listing.suffix, () -> {
                    Path path = CORPUS.directory().resolve(file);
                    String ours = Objdump.listing(file, ElfReader.read(Files.readAllBytes(path)), listing.options);
                    String binutils = Corpus.read(CORPUS.directory().resolve(file + listing.suffix));
                    assertThat(ours).isEqualTo(GnuDifferences.listingToStrata(binutils, listing.options.aliases()));
                })));
    }

    @TestFactory
    Stream<DynamicTest> committedFilesAreWhatBinutilsMakes(@TempDir Path temp) {
        Binutils.require(AS, LD, OBJCOPY, OBJDUMP);
        boolean regenerate = Corpus.regenerate();
        return recipes().map(recipe -> DynamicTest.dynamicTest(recipe.name(), () -> {
            recipe.build(temp);
            for (String file : recipe.files()) {
                byte[] built = Files.readAllBytes(temp.resolve(file));
                if (regenerate) {
                    Files.write(CORPUS.sourceTree().resolve(file), built);
                } else {
                    assertThat(Files.readAllBytes(CORPUS.directory().resolve(file))).as(file).isEqualTo(built);
                }
                for (Listing listing : Listing.values()) {
                    String reference = Binutils.runOn(OBJDUMP, temp.resolve(file), listing.objdumpOptions)
                            .assertSuccess().stdout();
                    if (regenerate) {
                        Files.writeString(CORPUS.sourceTree().resolve(file + listing.suffix), reference);
                    } else {
                        assertThat(Corpus.read(CORPUS.directory().resolve(file + listing.suffix))).as(file + listing.suffix)
                                .isEqualTo(reference);
                    }
                }
            }
        }));
    }

    private static Stream<Recipe> recipes() {
        return CORPUS.sources().stream().map(Recipe::of);
    }
}
