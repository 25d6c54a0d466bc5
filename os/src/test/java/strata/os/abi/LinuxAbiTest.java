package strata.os.abi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import strata.testkit.Command;
import strata.testkit.Programs;
import strata.testkit.Run;

/**
 * {@link LinuxAbi}'s values are Linux's: for each group, the host's C compiler checks every value
 * with a static assertion against the group's headers. Linux's UAPI headers (linux-libc-dev) are
 * compiled for a 32-bit target ({@code -m32}, the host's asm/ headers only giving the integer
 * types), so longs and pointers are 32 bits and structures are laid out as on riscv32; the
 * asm-generic headers are the ones riscv uses. glibc's dirent.h is compiled for the host: the
 * record getdents64 packs has the same layout for every word size, and glibc's 32-bit headers
 * need not be installed.
 */
class LinuxAbiTest {
    private static final String COMPILER = "gcc";

    @TempDir
    Path directory;

    @TestFactory
    Stream<DynamicTest> everyValueIsTheOneLinuxsHeadersGive() {
        return LinuxAbi.groups().stream().map(group -> DynamicTest.dynamicTest(group.title(), () -> {
            Programs.require(COMPILER);
            Path source = directory.resolve("check.c");
            Files.writeString(source, check(group));
            Run run = Command.of(compile(group, source)).run();
            assertThat(run.succeeded()).as("%s%n%s", run.stderr(), Files.readString(source)).isTrue();
        }));
    }

    @Test
    void everyNameIsDefinedOnce() {
        Set<String> names = new HashSet<>();
        for (LinuxAbi.Group group : LinuxAbi.groups()) {
            for (LinuxAbi.Constant constant : group.constants()) {
                assertThat(names.add(constant.name())).as(constant.name()).isTrue();
            }
        }
    }

    /** The C text: the group's headers, then a static assertion for each value. */
    private static String check(LinuxAbi.Group group) {
        StringBuilder text = new StringBuilder();
        if (isGlibc(group)) {
            text.append("#define _GNU_SOURCE\n");
        }
        text.append("#include <stddef.h>\n");
        group.headers().forEach(header -> text.append("#include <").append(header).append(">\n"));
        for (LinuxAbi.Constant constant : group.constants()) {
            text.append(String.format("_Static_assert((unsigned int) (%s) == %du, \"%s is %d\");%n",
                    constant.c(), constant.value(), constant.name(), constant.value()));
        }
        return text.toString();
    }

    private static List<String> compile(LinuxAbi.Group group, Path source) throws IOException {
        if (isGlibc(group)) {
            return List.of(COMPILER, "-fsyntax-only", source.toString());
        }
        String multiarch = Command.of(COMPILER, "-print-multiarch").run().assertSuccess().stdout().strip();
        return List.of(COMPILER, "-m32", "-fsyntax-only", "-I", "/usr/include/" + multiarch, source.toString());
    }

    /** Whether the group's headers are glibc's (a name without a directory) rather than Linux's. */
    private static boolean isGlibc(LinuxAbi.Group group) {
        return group.headers().stream().noneMatch(header -> header.contains("/"));
    }
}
