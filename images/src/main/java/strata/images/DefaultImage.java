package strata.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import strata.images.ext2.FileSystem;
import strata.images.ext2.FileType;
import strata.images.ext2.Volume;

/**
 * Builds the default image (docs/disk.md) from {@code images/rootfs/} during the Maven build
 * ({@code prepare-package}): the tree as git keeps it, so that every checkout gives the same
 * bytes. Git keeps no empty directories and no modes but the executable bit, so: a file named
 * {@value #KEEP} only holds its directory in git and is left out; directories are 755, files
 * 644, or 755 if executable; {@code /tmp} is 1777; every time is the build's fixed time.
 *
 * <p>Usage: {@code DefaultImage ROOTFS IMG SECONDS}.
 */
public final class DefaultImage {
    /** The name of the empty files that keep a directory in git. */
    public static final String KEEP = ".keep";
    private static final int STICKY_TMP = 01777;

    private DefaultImage() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: DefaultImage ROOTFS IMG SECONDS");
        }
        Path rootfs = Path.of(args[0]);
        long time = Long.parseLong(args[2]);
        ImageFile.write(Path.of(args[1]), build(rootfs, time));
    }

    /** The default image's bytes for {@code rootfs}, every time being {@code time}. */
    public static byte[] build(Path rootfs, long time) {
        Volume volume = Volume.open(ImageBuilder.build(rootfs, null, 1024, time));
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
        volume.flush(time);
        return volume.data();
    }

    private static List<String> paths(Path rootfs) {
        try (Stream<Path> all = Files.walk(rootfs)) {
            return all.map(path -> "/" + rootfs.relativize(path)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
