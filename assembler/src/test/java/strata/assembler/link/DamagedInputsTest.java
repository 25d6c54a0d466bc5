package strata.assembler.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import strata.assembler.elf.Damage;
import strata.assembler.elf.ElfFormatException;
import strata.assembler.elf.ElfReader;
import strata.assembler.elf.ElfWriter;

/**
 * Whatever the ELF reader accepts, the linker links or reports, and what it links can be
 * written: thousands of randomly damaged objects of the programs corpus, each linked with the
 * rest of its program, never make the linker, the ELF writer or the flat binary throw.
 */
class DamagedInputsTest {
    private static final int DAMAGES_PER_PROGRAM = 300;

    static List<Path> programs() {
        return LinkCorpus.cases("programs");
    }

    /** Damages each object of {@code program} in turn and links it with the program's other objects. */
    @ParameterizedTest
    @MethodSource("programs")
    void damagedObjectsAreLinkedOrReported(Path program) throws ElfFormatException {
        List<Path> objects = LinkCorpus.objects(program);
        List<LinkInput> intact = new ArrayList<>();
        for (Path object : objects) {
            intact.add(new LinkInput(object.getFileName().toString(), ElfReader.read(LinkCorpus.bytes(object))));
        }
        Random random = new Random(program.getFileName().toString().hashCode());
        int linked = 0;
        for (int i = 0; i < DAMAGES_PER_PROGRAM; i++) {
            int victim = i % objects.size();
            List<LinkInput> inputs = new ArrayList<>(intact);
            try {
                inputs.set(victim, new LinkInput("damaged.o",
                        ElfReader.read(Damage.apply(LinkCorpus.bytes(objects.get(victim)), random))));
            } catch (ElfFormatException expected) {
                continue;
            }
            if (linkWithoutThrowing(inputs, "damage " + i + " of " + objects.get(victim))) {
                linked++;
            }
        }
        assertThat(linked).as("some damaged objects still link").isPositive();
    }

    /** Links and writes {@code inputs}; true if they linked, false if errors were reported. */
    private static boolean linkWithoutThrowing(List<LinkInput> inputs, String what) {
        try {
            LinkResult result = Linker.link(inputs, LinkOptions.defaults());
            if (!result.succeeded()) {
                assertThat(result.diagnostics()).isNotEmpty();
                return false;
            }
            ElfWriter.write(result.executable());
            if (FlatBinary.length(result.executable()) <= FlatBinary.MAX_LENGTH) {
                FlatBinary.of(result.executable());
            }
            return true;
        } catch (RuntimeException | OutOfMemoryError e) {
            return fail(what + " made the linker throw " + e, e);
        }
    }
}
