package strata.images;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import strata.images.ext2.Attributes;
import strata.images.ext2.Ext2Exception;
import strata.images.ext2.FileSystem;
import strata.images.ext2.FileType;
import strata.images.ext2.Volume;

/**
 * Builds the default image (docs/disk.md) during the Maven build ({@code prepare-package}) from
 * {@code images/rootfs/} and the guest code os/ built: its kernel as {@code /boot/kernel} and its
 * user programs under {@code /bin} and {@code /sbin}. The tree is taken as git keeps it, so that
 * every checkout gives the same bytes. Git keeps no empty directories and no modes but the executable bit, so: a file named
 * {@value #KEEP} only holds its directory in git and is left out; directories are 755, files
 * 644, or 755 if executable; {@code /tmp} is 1777; every time is the build's fixed time.
 *
 * <p>Usage: {@code DefaultImage ROOTFS OS-TARGET IMG SECONDS}, OS-TARGET being os/'s build
 * directory ({@code kernel.elf}, {@code rootfs/}); what it lacks is left out.
 */
public final class DefaultImage {
    /** The name of the empty files that keep a directory in git. */
    public static final String KEEP = ".keep";
    private static final int STICKY_TMP = 01777;
    /** Room for what the guest writes: the tree itself takes well under a MiB. */
    public static final long SIZE = 32L << 20;
    public static final String KERNEL = "/boot/kernel";

    private DefaultImage() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: DefaultImage ROOTFS OS-TARGET IMG SECONDS");
        }
        long time = Long.parseLong(args[3]);
        ImageFile.write(Path.of(args[2]), build(Path.of(args[0]), Path.of(args[1]), time));
    }

    /** The default image's bytes for {@code rootfs} and os/'s build in {@code osTarget}, every time being {@code time}. */
    public static byte[] build(Path rootfs, Path osTarget, long time) {
        Volume volume = Volume.open(ImageBuilder.build(rootfs, SIZE, 1024, time));
        FileSystem fs = new FileSystem(volume);
        for (String path : paths(rootfs)) {
            long number = fs.lookup(path, false);
            FileType type = fs.inode(number).type();
            if (path.endsWith("/" + KEEP)) {
                fs.remove(path, time);
            } else if (type == FileType.DIRECTORY) {
                fs.chmod(path, 0755, time);
            } else if (type == FileType.REGULAR) {
                fs.chmod(path, (fs.inode(number).permissions() & 0100) != 0 ? 0755 : 0644, time);
            }
        }
        if (Files.isDirectory(rootfs.resolve("tmp"))) {
            fs.chmod("/tmp", STICKY_TMP, time);
        }
        addGuestCode(fs, osTarget, time);
        volume.flush(time);
        return volume.data();
    }

    /** The kernel and the user programs os/ built (each directory of its rootfs/), those that exist. */
    private static void addGuestCode(FileSystem fs, Path osTarget, long time) {
        Path kernel = osTarget.resolve("kernel.elf");
        if (Files.isRegularFile(kernel)) {
            put(fs, kernel, KERNEL, 0644, time);
        }
        Path rootfs = osTarget.resolve("rootfs");
        if (!Files.isDirectory(rootfs)) {
            return;
        }
        for (Path programs : children(rootfs, Files::isDirectory)) {
            String directory = programs.getFileName().toString();
            if (!exists(fs, "/" + directory)) {
                fs.mkdir("/" + directory, new Attributes(0755, 0, 0, time), time);
            }
            for (Path program : children(programs, Files::isRegularFile)) {
                put(fs, program, "/" + directory + "/" + program.getFileName(), 0755, time);
            }
        }
    }

    private static void put(FileSystem fs, Path file, String path, int permissions, long time) {
        try (InputStream in = Files.newInputStream(file)) {
            fs.writeFile(path, in, new Attributes(permissions, 0, 0, time), time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean exists(FileSystem fs, String path) {
        try {
            fs.lookup(path, false);
            return true;
        } catch (Ext2Exception e) {
            return false;
        }
    }

    private static List<Path> children(Path directory, Predicate<Path> kind) {
        try (Stream<Path> all = Files.list(directory)) {
            return all.filter(kind).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> paths(Path rootfs) {
        try (Stream<Path> all = Files.walk(rootfs)) {
            return all.map(path -> "/" + rootfs.relativize(path)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
