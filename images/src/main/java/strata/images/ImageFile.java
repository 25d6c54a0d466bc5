package strata.images;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.function.Function;
import strata.images.ext2.Ext2Exception;
import strata.images.ext2.FileSystem;
import strata.images.ext2.Geometry;
import strata.images.ext2.Volume;

/**
 * An image file on the host: read whole into memory, changed there, and written back whole into
 * a temporary file beside it that then replaces it in one rename. So a change that fails at any
 * point (a full disk, a missing directory, a corrupt block met half-way, the host's disk full)
 * leaves the image file exactly as it was.
 */
public final class ImageFile {

    private ImageFile() {
    }

    /** The file system in {@code image}, checked by {@link Volume#open}. */
    public static FileSystem open(Path image) {
        try {
            long size = Files.size(image);
            if (size > Geometry.MAX_BYTES) {
                throw new Ext2Exception("the image has " + size + " bytes, more than Strata handles ("
                        + Geometry.MAX_BYTES + ")");
            }
            if (Files.isDirectory(image)) {
                throw new Ext2Exception("is a directory, not an image file");
            }
            return new FileSystem(Volume.open(Files.readAllBytes(image)));
        } catch (NoSuchFileException e) {
            throw new Ext2Exception("no such file");
        } catch (IOException e) {
            throw new Ext2Exception("cannot read it (" + e.getMessage() + ")");
        }
    }

    /**
     * The contents of the regular file {@code path} in {@code image} (symbolic links followed), as
     * a boot loader reads a kernel; {@link Ext2Exception} says what is wrong.
     */
    public static byte[] readFile(Path image, String path) {
        FileSystem fs = open(image);
        ByteArrayOutputStream contents = new ByteArrayOutputStream();
        try {
            fs.read(fs.lookup(path, true), path, contents);
        } catch (IOException e) {
            throw new Ext2Exception(path + ": " + e.getMessage());
        }
        return contents.toByteArray();
    }

    /**
     * Opens {@code image}, applies {@code change} and, if it returns, writes the image back with
     * {@code time} as its write time; if it throws, the file is not touched.
     */
    public static <T> T update(Path image, long time, Function<FileSystem, T> change) {
        FileSystem fs = open(image);
        if (!Files.isWritable(image)) {
            throw new Ext2Exception("cannot write it (permission denied)");
        }
        T result = change.apply(fs);
        fs.volume().flush(time);
        write(image, fs.volume().data());
        return result;
    }

    /** Writes {@code bytes} as {@code image} through a temporary file and a rename; the old file's permissions stay. */
    public static void write(Path image, byte[] bytes) {
        Path absolute = image.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            Files.write(temporary, bytes);
            keepPermissions(absolute, temporary);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AccessDeniedException e) {
            throw new Ext2Exception("cannot write it (permission denied)");
        } catch (NoSuchFileException e) {
            throw new Ext2Exception("cannot write it (no such directory)");
        } catch (IOException e) {
            throw new Ext2Exception("cannot write it (" + e.getMessage() + ")");
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void keepPermissions(Path original, Path replacement) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
        if (view != null && Files.exists(original)) {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Files.setPosixFilePermissions(replacement, permissions);
        } else if (view != null) {
            Files.setPosixFilePermissions(replacement, Set.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ));
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary file " + temporary, e);
        }
    }
}
