package strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.asm.AssemblyResult;
import strata.assembler.elf.ElfWriter;
import strata.assembler.link.LinkInput;
import strata.assembler.link.LinkOptions;
import strata.assembler.link.LinkResult;
import strata.assembler.link.Linker;
import strata.images.DefaultImage;
import strata.images.ImageBuilder;
import strata.images.ImageFile;
import strata.testkit.Qemu;
import strata.testkit.Run;

/**
 * {@code strata boot}: the kernel comes from the image's {@code /boot/kernel} and the image is the
 * virtio disk. The reference is QEMU given the same kernel with {@code -kernel} and the same image
 * as its first virtio-blk-device: the console must be the same.
 */
class BootCommandTest {
    /** A bare-metal program that reads the block device's registers (capacity included) and prints them. */
    private static final Path REGS = Path.of("../cpu/src/test/resources/strata/cpu/dev/virtio/regs.S");
    private static final long TIME = 1_767_225_600L;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int boot(String... args) {
        BootCommand command = new BootCommand(new ByteArrayInputStream(new byte[0]), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new CommandLine(command).execute(args);
    }

    @Test
    void bootsTheKernelInTheImageWithTheImageAsItsDiskAsQemuDoes() throws IOException {
        Path kernel = kernel(REGS);
        Path image = image(kernel);
        byte[] before = Files.readAllBytes(image);

        assertThat(boot(image.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();

        // The first word of the device's configuration is its capacity in sectors: the image's size.
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(String.format("config word 0x%08x", before.length / 512));
        assertThat(Files.readAllBytes(image)).isEqualTo(before);
        Qemu.requireSystem();
        Run qemu = Qemu.boot("-bios", "none", "-kernel", kernel.toString(),
                "-drive", "file=" + image + ",format=raw,if=none,id=hd0", "-device", "virtio-blk-device,drive=hd0").run();
        assertThat(qemu.status()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(qemu.stdout());
    }

    @Test
    void traceSyscallsShowsEachCallOfTheUserProgramsAsStraceDoes() throws IOException {
        Path image = folder.resolve("strata.img");
        Path root = Path.of(System.getProperty("strata.root", ".."));
        ImageFile.write(image, DefaultImage.build(root.resolve("images/rootfs"), root.resolve("os/target"), TIME));
        BootCommand command = new BootCommand(new ByteArrayInputStream("echo hi\nexit 5\n".getBytes(StandardCharsets.US_ASCII)),
                out, new PrintStream(err, true, StandardCharsets.UTF_8), false);

        assertThat(new CommandLine(command).execute("--trace-syscalls", image.toString())).isEqualTo(5);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\r\nhi\r\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
                "[pid 2] execve(\"/bin/sh\", ",
                "[pid 3] execve(\"/bin/echo\", ",
                "[pid 3] write(1, \"hi\", 2) = 2\n",
                "[pid 3] exit_group(0) = ?\n",
                "[pid 2] exit_group(5) = ?\n");
    }

    @Test
    void traceSyscallsNeedsAKernelWithTheDebugAbi() throws IOException {
        Path image = image(kernel(REGS));
        assertThat(boot("--trace-syscalls", image.toString())).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("strata boot: --trace-syscalls: " + image
                + ": /boot/kernel has no symbol 'current' (docs/debug-abi.md)\n");
    }

    @Test
    void anImageWithoutAKernelCannotBoot() throws IOException {
        Path tree = Files.createDirectories(folder.resolve("tree/etc"));
        Files.writeString(tree.resolve("motd"), "hi\n");
        Path image = folder.resolve("no-kernel.img");
        ImageFile.write(image, ImageBuilder.build(folder.resolve("tree"), null, 1024, TIME));

        assertThat(boot(image.toString())).isEqualTo(MachineRun.CANNOT_RUN);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("strata boot: " + image + ": /boot/kernel: no such file or directory\n");
    }

    @Test
    void aMissingOrCorruptImageSaysSo() throws IOException {
        Path missing = folder.resolve("missing.img");
        assertThat(boot(missing.toString())).isEqualTo(MachineRun.CANNOT_RUN);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("strata boot: " + missing + ": no such file\n");

        err.reset();
        Path garbage = Files.write(folder.resolve("garbage.img"), new byte[64 * 1024]);
        assertThat(boot(garbage.toString())).isEqualTo(MachineRun.CANNOT_RUN);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("strata boot: " + garbage + ": ").doesNotContain("Exception");
    }

    @Test
    void aKernelThatIsNoElfIsNamed() throws IOException {
        Path text = Files.writeString(folder.resolve("kernel.txt"), "not an ELF\n");
        Path image = image(text);
        assertThat(boot(image.toString())).isEqualTo(MachineRun.CANNOT_RUN);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("strata boot: " + image + ": /boot/kernel: ");
    }

    /** An image whose /boot/kernel is {@code kernel}. */
    private Path image(Path kernel) throws IOException {
        Path boot = Files.createDirectories(folder.resolve("tree/boot"));
        Files.copy(kernel, boot.resolve("kernel"));
        Path image = folder.resolve("boot.img");
        ImageFile.write(image, ImageBuilder.build(folder.resolve("tree"), null, 1024, TIME));
        return image;
    }

    private Path kernel(Path source) throws IOException {
        AssemblyResult assembled = Assembler.assemble(source, AssemblerOptions.defaults());
        assertThat(assembled.hasErrors()).as(assembled.report()).isFalse();
        LinkResult linked = Linker.link(List.of(new LinkInput(source.toString(), assembled.object())), LinkOptions.defaults());
        assertThat(linked.succeeded()).isTrue();
        return Files.write(folder.resolve("kernel.elf"), ElfWriter.write(linked.executable()));
    }
}
