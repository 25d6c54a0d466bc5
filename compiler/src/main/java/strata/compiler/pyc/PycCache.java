package strata.compiler.pyc;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import strata.compiler.code.CodeObject;

/**
 * Where the compiled form of a source lives and whether it is still valid, as importlib has it:
 * {@code dir/__pycache__/NAME.strata-311.pyc} for {@code dir/NAME.py}, valid while its header holds
 * the source's modification time (whole seconds) and size.
 */
public final class PycCache {
    public static final String DIRECTORY = "__pycache__";

    private PycCache() {
    }

    /**
     * importlib's {@code cache_from_source}: {@code NAME.py} becomes {@code __pycache__/NAME.strata-311.pyc}
     * (the name up to its last dot, the dot, the tag); a name without a dot keeps it all and gets no dot.
     */
    public static Path cachePath(Path source) {
        String file = source.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String stem = dot < 0 ? file : dot == 0 ? file.substring(1) : file.substring(0, dot);
        String name = stem + (dot < 0 ? "" : ".") + Pyc.CACHE_TAG + ".pyc";
        Path parent = source.getParent();
        return (parent == null ? Path.of(DIRECTORY) : parent.resolve(DIRECTORY)).resolve(name);
    }

    /** The header a {@code .pyc} of {@code source} needs today. */
    public static PycHeader headerFor(Path source) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
        return PycHeader.forSource(attributes.lastModifiedTime().toMillis() / 1000, attributes.size());
    }

    /** True if {@code cache} exists and its header matches {@code source}'s mtime and size. */
    public static boolean upToDate(Path source, Path cache) throws IOException {
        if (!Files.isRegularFile(cache)) {
            return false;
        }
        byte[] head;
        try (var in = Files.newInputStream(cache)) {
            head = in.readNBytes(Pyc.HEADER_SIZE);
        }
        try {
            return PycReader.readHeader(head).equals(headerFor(source));
        } catch (PycFormatException e) {
            return false;
        }
    }

    /**
     * Writes {@code code} as the cache of {@code source}, through a temporary file renamed into
     * place so that a reader never sees half a file; returns the path written.
     */
    public static Path write(Path source, PycHeader header, CodeObject code) throws IOException {
        Path cache = cachePath(source);
        Files.createDirectories(cache.getParent());
        Path temporary = Files.createTempFile(cache.getParent(), cache.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, PycWriter.write(header, code));
            try {
                Files.move(temporary, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, cache, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return cache;
    }
}
