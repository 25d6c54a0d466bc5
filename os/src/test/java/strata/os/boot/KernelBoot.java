package strata.os.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.asm.AssemblyResult;
import strata.assembler.elf.ElfWriter;
import strata.assembler.link.LinkInput;
import strata.assembler.link.LinkOptions;
import strata.assembler.link.LinkResult;
import strata.assembler.link.Linker;
import strata.cpu.board.Machine;
import strata.cpu.board.Program;
import strata.cpu.board.Stop;
import strata.cpu.board.StreamInput;
import strata.cpu.dev.virtio.DiskImage;
import strata.cpu.dev.virtio.OverlayDisk;
import strata.cpu.dev.virtio.WriteThroughDisk;
import strata.os.build.OsBuild;
import strata.testkit.Qemu;
import strata.testkit.Run;

/**
 * Boots the kernel the build made ({@code target/kernel.elf}) on Strata's machine, in process, and
 * on QEMU's virt board, optionally with an initrd that the kernel runs as {@code /sbin/init} and a
 * disk, and gives back what the console showed and the status the machine powered off with. Both
 * machines put the initrd at {@code RAM base + min(RAM / 2, 128 MiB)} and name it in {@code /chosen}.
 */
public final class KernelBoot {
    /** Far more than any of these runs needs (the boot alone is about a million instructions). */
    public static final long INSTRUCTION_LIMIT = 2_000_000_000L;
    private static final int USER_BASE = OsBuild.USER_BASE;
    /** Where the test programs' shared includes are (print.inc, show.inc). */
    public static final Path TEST_INCLUDES = Path.of("src/test/resources/strata/os");

    /** A finished boot: the console's bytes (as ISO-8859-1) and the machine's exit status. */
    public record Outcome(String console, int status) {
        /** The console, then the status it powered off with: what the expectations hold. */
        public String transcript() {
            return console + "(powered off with status " + status + ")\n";
        }
    }

    private KernelBoot() {
    }

    /** The kernel ELF the build wrote. */
    public static Path kernel() {
        Path kernel = Path.of("target", OsBuild.KERNEL);
        assertThat(kernel).as("the build makes the kernel before the tests run").exists();
        return kernel;
    }

    /** Boots on Strata's machine with {@code ramMiB} of RAM and {@code initrd} (or none). */
    public static Outcome strata(int ramMiB, byte[] initrd) {
        return strata(ramMiB, initrd, null);
    }

    /**
     * Boots on Strata's machine with {@code ramMiB} of RAM, {@code initrd} (or none) and a virtio
     * block device on {@code disk} (or none), in QEMU's slot, as an overlay that leaves it unchanged.
     */
    public static Outcome strata(int ramMiB, byte[] initrd, Path disk) {
        return strata(ramMiB, initrd, disk, new byte[0]);
    }

    /** {@link #strata(int, byte[], Path)} with {@code input} typed on the console, as from a pipe. */
    public static Outcome strata(int ramMiB, byte[] initrd, Path disk, byte[] input) {
        try (DiskImage image = disk == null ? null : OverlayDisk.open(disk)) {
            return boot(ramMiB, initrd, image, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Boots on Strata's machine with {@code ramMiB} of RAM, no initrd, and {@code disk} written
     * through: what the guest writes lands in the image, for e2fsck and debugfs to judge.
     */
    public static Outcome strataWritingTo(int ramMiB, Path disk) {
        try (DiskImage image = WriteThroughDisk.open(disk)) {
            return boot(ramMiB, null, image, new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Outcome boot(int ramMiB, byte[] initrd, DiskImage image, byte[] input) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Machine machine = machine(ramMiB, initrd, image, console, input);
        Stop stop = machine.run(INSTRUCTION_LIMIT);
        machine.finishConsole();
        assertThat(stop).as("the kernel powers the machine off; the console showed:%n%s", text(console)).isInstanceOf(Stop.PowerOff.class);
        return new Outcome(text(console), stop.status());
    }

    /**
     * Instructions retired from reset until the hart first runs in U-mode, the first instruction
     * of init not counted.
     */
    public static long instructionsToUserMode(int ramMiB, byte[] initrd) {
        Machine machine = machine(ramMiB, initrd, null, new ByteArrayOutputStream(), new byte[0]);
        long[] found = {-1};
        machine.runUnder(n -> {
            if (found[0] >= 0) {
                return machine.hart().run(n);
            }
            long ran = 0;
            while (ran < n) {
                long step = machine.hart().run(1);
                ran += step;
                if (machine.hart().privilegeLevel() == 0) {
                    found[0] = machine.hart().instret();
                    machine.bus().requestStop("reached U-mode");
                    break;
                }
                if (step == 0) {
                    break;
                }
            }
            return ran;
        });
        machine.run(INSTRUCTION_LIMIT);
        assertThat(found[0]).as("the hart reached U-mode").isPositive();
        return found[0];
    }

    private static Machine machine(int ramMiB, byte[] initrd, DiskImage disk, ByteArrayOutputStream console, byte[] input) {
        try {
            Machine.Config config = Machine.Config.of(console).withRam(ramMiB << 20)
                    .withInput(new StreamInput(new ByteArrayInputStream(input)));
            if (disk != null) {
                config = config.withDisk(disk);
            }
            if (initrd != null) {
                config = config.withInitrd(initrd);
            }
            return new Machine(Program.read(Files.readAllBytes(kernel())), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (strata.cpu.board.ProgramException e) {
            throw new AssertionError("the kernel ELF does not load: " + e.getMessage(), e);
        }
    }

    /** Boots on qemu-system-riscv32 (the caller has checked that it is installed). */
    public static Outcome qemu(int ramMiB, Path initrd) {
        return qemu(ramMiB, initrd, null);
    }

    /** Boots on qemu-system-riscv32 with {@code initrd} and {@code disk} (each or none), in snapshot mode. */
    public static Outcome qemu(int ramMiB, Path initrd, Path disk) {
        return qemu(ramMiB, initrd, disk, new byte[0]);
    }

    /** {@link #qemu(int, Path, Path)} with {@code input} on the console (QEMU's standard input). */
    public static Outcome qemu(int ramMiB, Path initrd, Path disk, byte[] input) {
        List<String> options = new ArrayList<>(List.of("-m", ramMiB + "M", "-bios", "none", "-kernel", kernel().toString()));
        if (initrd != null) {
            options.addAll(List.of("-initrd", initrd.toString()));
        }
        if (disk != null) {
            options.add("-snapshot");
            options.addAll(diskOptions(disk));
        }
        return qemu(options, input);
    }

    /** Boots on qemu-system-riscv32 with no initrd and {@code disk} writable: the guest changes it. */
    public static Outcome qemuWritingTo(int ramMiB, Path disk) {
        List<String> options = new ArrayList<>(List.of("-m", ramMiB + "M", "-bios", "none", "-kernel", kernel().toString()));
        options.addAll(diskOptions(disk));
        return qemu(options, new byte[0]);
    }

    private static List<String> diskOptions(Path disk) {
        return List.of("-drive", "file=" + disk + ",format=raw,if=none,id=hd0", "-device", "virtio-blk-device,drive=hd0");
    }

    /** A bound on a hang, not a measure: writing a thousand files takes QEMU a few seconds. */
    private static Outcome qemu(List<String> options, byte[] input) {
        Run run = Qemu.boot(options.toArray(String[]::new)).input(input).limit(Duration.ofSeconds(120)).run();
        return new Outcome(run.stdout(StandardCharsets.ISO_8859_1), run.status());
    }

    /**
     * A user program: {@code source} (a test resource path) assembled against the generated
     * includes and the test programs' own (print.inc, show.inc), linked alone at the user base,
     * as an ELF file's bytes.
     */
    public static byte[] userProgram(String source) {
        return userProgram(source, USER_BASE);
    }

    /** A user program as {@link #userProgram(String)} makes it, linked at {@code base}. */
    public static byte[] userProgram(String source, int base) {
        try {
            String text;
            try (var in = KernelBoot.class.getResourceAsStream(source)) {
                assertThat(in).as("resource %s", source).isNotNull();
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            AssemblerOptions options = new AssemblerOptions(List.of(Path.of("target", OsBuild.INCLUDES), TEST_INCLUDES), Map.of());
            AssemblyResult assembled = Assembler.assemble(source, text, options);
            assertThat(assembled.hasErrors()).as(assembled.report()).isFalse();
            LinkResult linked = Linker.link(List.of(new LinkInput(source, assembled.object())),
                    new LinkOptions(base, LinkOptions.DEFAULT_ENTRY));
            assertThat(linked.succeeded()).as(linked.diagnostics().toString()).isTrue();
            return ElfWriter.write(linked.executable());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The committed expectation {@code name} (a resource next to the caller's package), or "" if absent. */
    public static String expected(Class<?> owner, String name) {
        Path file = expectationFile(owner, name);
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the expectation {@code name} in the source tree (with -Dstrata.regenerate=true). */
    public static void regenerate(Class<?> owner, String name, String text) {
        try {
            Files.writeString(expectationFile(owner, name), text, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this run regenerates the expectations from QEMU. */
    public static boolean regenerating() {
        return Boolean.getBoolean("strata.regenerate");
    }

    private static Path expectationFile(Class<?> owner, String name) {
        return Path.of("src/test/resources", owner.getPackageName().replace('.', '/'), name);
    }

    private static String text(ByteArrayOutputStream console) {
        return console.toString(StandardCharsets.ISO_8859_1);
    }
}
