package strata.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramException;
import strata.cpu.dev.virtio.DiskImage;
import strata.images.DefaultImage;
import strata.images.ImageFile;
import strata.images.ext2.Ext2Exception;

/**
 * {@code strata boot}: boots the virt board from a disk image alone. The board's firmware does
 * what U-Boot's {@code ext2load} does: it reads the kernel, {@value DefaultImage#KERNEL}, from
 * the image's file system into RAM as QEMU's {@code -kernel} would place it, and the image
 * becomes the virtio block device the kernel then mounts (docs/boot.md).
 */
@Command(name = "boot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Boot the virt board from IMG (default: the default image): the kernel is IMG's "
                + DefaultImage.KERNEL + ", IMG the virtio disk. The console is on stdin/stdout.",
                "A terminal is put in raw mode; Ctrl-A X quits, Ctrl-A H lists the keys.",
                "Exit status: the guest's; 124 instruction limit, 125 the guest hangs, 126 IMG cannot be "
                        + "used, 70 emulator error."})
public final class BootCommand implements Callable<Integer> {
    private static final String NAME = "strata boot";
    /** The default image, relative to the repository the launcher names in strata.home. */
    static final String DEFAULT_IMAGE = "images/target/strata.img";

    @Parameters(index = "0", arity = "0..1", paramLabel = "IMG",
            description = "An ext2 disk image with a kernel in " + DefaultImage.KERNEL + " (default: "
                    + DEFAULT_IMAGE + ", which the build makes).")
    private Path image;

    @Mixin
    private MachineOptions options;

    @Option(names = "--disk-write", description = "The guest's writes go to IMG, each one before the device reports "
            + "it done (default: a copy-on-write overlay; IMG is never changed).")
    private boolean diskWrite;

    private final InputStream stdin;
    private final OutputStream stdout;
    private final PrintStream stderr;
    private final boolean useTerminal;

    /** The command on the process's own stdin, stdout and stderr. */
    public BootCommand() {
        this(System.in, new FileOutputStream(FileDescriptor.out), System.err, true);
    }

    /** The command on the given streams; {@code useTerminal} false never touches a terminal (tests). */
    BootCommand(InputStream stdin, OutputStream stdout, PrintStream stderr, boolean useTerminal) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.useTerminal = useTerminal;
    }

    @Override
    public Integer call() {
        MachineRun run = new MachineRun(NAME, options, stdin, stdout, stderr, useTerminal);
        Integer usage = run.checkOptions();
        if (usage != null) {
            return usage;
        }
        Path path = image != null ? image : defaultImage();
        Program kernel;
        try {
            kernel = Program.read(readKernel(path));
        } catch (Ext2Exception e) {
            return run.cannotRun(path.toString(), e.getMessage());
        } catch (ProgramException e) {
            return run.cannotRun(path + ": " + DefaultImage.KERNEL, e.getMessage());
        }
        DiskImage disk = run.openDisk(path, diskWrite, path.toString());
        if (disk == null) {
            return MachineRun.CANNOT_RUN;
        }
        return run.run(path + ": " + DefaultImage.KERNEL, kernel, disk);
    }

    /** The default image of the Strata checkout the launcher runs from (or the working directory). */
    static Path defaultImage() {
        return Path.of(System.getProperty("strata.home", ".")).resolve(DEFAULT_IMAGE);
    }

    /** The kernel's bytes, read from the file system in {@code image}; {@link Ext2Exception} says what is wrong. */
    static byte[] readKernel(Path image) {
        return ImageFile.readFile(image, DefaultImage.KERNEL);
    }
}
