package strata.os.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.assembler.elf.ElfReader;
import strata.assembler.object.ObjectFile;

/** The guest build on a small tree of its own: what goes where, at which address, and how errors look. */
class OsBuildTest {

    @Test
    void theKernelStartsWithBootAndEachProgramGetsTheLibraryAtTheUserBase(@TempDir Path tree) throws Exception {
        write(tree.resolve("kernel/abc.S"), ".globl helper\nhelper: ret\n");
        write(tree.resolve("kernel/boot.S"), ".include \"syscalls.inc\"\n.globl _start\n_start: call helper\n");
        write(tree.resolve("user/lib/start.S"), ".include \"lib.inc\"\n.globl _start\n_start: li a7, SYS_exit\n ecall\n");
        write(tree.resolve("user/lib/lib.inc"), ".include \"syscalls.inc\"\n");
        write(tree.resolve("user/bin/true.S"), ".globl main\nmain: ret\n");
        write(tree.resolve("user/sbin/init.S"), ".globl main\nmain: ret\n");
        write(tree.resolve("user/test/segv.S"), ".globl main\nmain: ret\n");
        Path target = tree.resolve("target");
        write(target.resolve("rootfs/bin/removed"), "a program whose source is gone");

        OsBuild.main(new String[] {tree.toString(), target.toString()});

        ObjectFile kernel = ElfReader.read(Files.readAllBytes(target.resolve(OsBuild.KERNEL)));
        assertThat(kernel.entry()).isEqualTo(0x80000000);
        Path program = target.resolve("rootfs/bin/true");
        assertThat(ElfReader.read(Files.readAllBytes(program)).entry()).isEqualTo(OsBuild.USER_BASE);
        assertThat(program.toFile().canExecute()).isTrue();
        assertThat(target.resolve("rootfs/sbin/init")).exists();
        assertThat(target.resolve("rootfs/test/segv")).exists();
        assertThat(target.resolve("rootfs/lib")).doesNotExist();
        assertThat(target.resolve("rootfs/bin/removed")).doesNotExist();
        assertThat(target.resolve("generated/include/syscalls.inc")).exists();
    }

    @Test
    void anErrorNamesItsPlaceAndFailsTheBuild(@TempDir Path tree) throws IOException {
        Path broken = tree.resolve("user/bin/broken.S");
        write(broken, "nop\n  addi a0, a0\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> OsBuild.main(new String[] {tree.toString(), tree.resolve("target").toString()}))
                    .hasMessageContaining("did not build: 1 error");
        } finally {
            System.setErr(before);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(broken + ":2:14: error: expected ','");
        assertThat(tree.resolve("target/rootfs/bin/broken")).doesNotExist();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
