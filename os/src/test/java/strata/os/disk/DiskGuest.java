package strata.os.disk;

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
import strata.cpu.board.ProgramException;
import strata.cpu.board.Stop;
import strata.cpu.dev.virtio.DiskImage;
import strata.cpu.dev.virtio.Layout;
import strata.cpu.dev.virtio.OverlayDisk;
import strata.cpu.dev.virtio.WriteThroughDisk;
import strata.testkit.Qemu;
import strata.testkit.Run;

/**
 * A bare-metal test program of {@code src/test/resources/disk/} linked with the disk stack
 * ({@code kernel/virtio.S}, {@code bcache.S}, {@code ext2.S}) by our own assembler and linker, and
 * run on a disk image on Strata's machine or on QEMU's virt board, in either virtio-mmio layout.
 * A run works on a copy of the image (Strata's overlay, QEMU's {@code -snapshot}), leaving the
 * image file as it was, unless it is asked to write: then the guest's writes go to the file
 * (Strata's {@code exec --disk-write}, QEMU without {@code -snapshot}).
 */
record DiskGuest(byte[] elf) {
    static final List<String> DISK_STACK = List.of("virtio.S", "bcache.S", "ext2.S", "ext2-write.S");
    private static final Path KERNEL = Path.of("kernel");
    private static final Path INCLUDES = Path.of("target/generated/include");
    private static final Path TESTS = Path.of("src/test/resources/disk");
    /**
     * Searched first for the disk stack's includes (its kernel files are assembled from their
     * text, so their own directory is not searched before): its machine.inc gives the devices
     * their bus addresses, as these guests run without paging.
     */
    private static final Path BARE_METAL = TESTS.resolve("bare-metal");
    /** Far more than a walk of the test images takes (about 10 million instructions). */
    private static final long INSTRUCTION_LIMIT = 2_000_000_000L;
    private static final Duration QEMU_LIMIT = Duration.ofSeconds(120);

    /** What a run printed on the console and the status it powered off with. */
    record Output(int status, String console) {
    }

    /** Assembles the test program {@code main} and the disk stack and links them at the RAM base. */
    static DiskGuest build(String main) {
        return build(main, List.of());
    }

    /** As {@link #build(String)}, with more directories to search for included files. */
    static DiskGuest build(String main, List<Path> includes) {
        List<Path> directories = new ArrayList<>(List.of(KERNEL, INCLUDES));
        directories.addAll(includes);
        AssemblerOptions options = new AssemblerOptions(directories, Map.of());
        List<LinkInput> objects = new ArrayList<>();
        objects.add(assemble(TESTS.resolve(main), Assembler.assemble(TESTS.resolve(main), options)));
        List<Path> stackDirectories = new ArrayList<>(List.of(BARE_METAL));
        stackDirectories.addAll(directories);
        AssemblerOptions stackOptions = new AssemblerOptions(stackDirectories, Map.of());
        for (String file : DISK_STACK) {
            try {
                String text = Files.readString(KERNEL.resolve(file), StandardCharsets.UTF_8);
                Path source = KERNEL.resolve(file);
                objects.add(assemble(source, Assembler.assemble(source.toString(), text, stackOptions)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        LinkResult linked = Linker.link(objects, LinkOptions.defaults());
        if (!linked.succeeded()) {
            throw new AssertionError(linked.diagnostics().toString());
        }
        return new DiskGuest(ElfWriter.write(linked.executable()));
    }

    private static LinkInput assemble(Path source, AssemblyResult result) {
        if (result.hasErrors()) {
            throw new AssertionError(result.report());
        }
        return new LinkInput(source.toString(), result.object());
    }

    /** Runs on Strata's machine with {@code image} behind the block device. */
    Output onStrata(Path image, Layout layout) throws IOException, ProgramException {
        return onStrata(image, layout, false);
    }

    /** Runs on Strata's machine; with {@code write}, the guest's writes change {@code image}. */
    Output onStrata(Path image, Layout layout, boolean write) throws IOException, ProgramException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (DiskImage disk = write ? WriteThroughDisk.open(image) : OverlayDisk.open(image)) {
            Machine machine = new Machine(Program.read(elf),
                    Machine.Config.of(console).withDisk(disk).withVirtio(layout));
            Stop stop = machine.run(INSTRUCTION_LIMIT);
            return new Output(stop.status(), console.toString(StandardCharsets.UTF_8));
        }
    }

    /** Runs on QEMU's virt board (the caller has checked that it is installed). */
    Output onQemu(Path image, Layout layout, Path scratch) throws IOException {
        return onQemu(image, layout, scratch, false);
    }

    /** Runs on QEMU's virt board; with {@code write}, the guest's writes change {@code image}. */
    Output onQemu(Path image, Layout layout, Path scratch, boolean write) throws IOException {
        Path kernel = Files.createTempFile(scratch, "guest", ".elf");
        Files.write(kernel, elf);
        List<String> options = new ArrayList<>(List.of("-bios", "none", "-kernel", kernel.toString()));
        if (!write) {
            options.add("-snapshot");
        }
        options.addAll(List.of("-drive", "file=" + image + ",format=raw,if=none,id=hd0", "-device",
                "virtio-blk-device,drive=hd0"));
        if (layout == Layout.MODERN) {
            options.addAll(List.of("-global", "virtio-mmio.force-legacy=false"));
        }
        Run run = Qemu.boot(options.toArray(String[]::new)).limit(QEMU_LIMIT).run();
        return new Output(run.status(), run.stdout().replace("\r\n", "\n"));
    }
}
