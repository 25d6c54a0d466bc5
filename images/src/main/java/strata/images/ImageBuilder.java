package strata.images;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import strata.images.ext2.Attributes;
import strata.images.ext2.DirEntry;
import strata.images.ext2.Ext2Exception;
import strata.images.ext2.FileSystem;
import strata.images.ext2.Formatter;
import strata.images.ext2.Geometry;
import strata.images.ext2.Inode;
import strata.images.ext2.Superblock;
import strata.images.ext2.Volume;

/**
 * Builds an image from a host directory tree: the tree is walked first (names in byte order, so
 * the same tree always gives the same walk), the image is sized and formatted, and the entries
 * are added parents first. Files, directories and symbolic links keep their permission bits and
 * modification times; every owner is root (uid and gid 0), whoever built the image.
 *
 * <p>The same tree with the same times gives the same bytes: allocation is deterministic, the
 * file system's own times are the newest time in the tree (or the fixed time asked for, which
 * then stands for every file's too), and the UUID is taken from a SHA-256 of the image itself.
 */
public final class ImageBuilder {
    /** Inodes for a given size, as mke2fs gives small file systems: one per 4 KiB. */
    private static final long BYTES_PER_INODE = 4096;
    private static final long MIB = 1 << 20;

    private final Path tree;
    private final int blockSize;
    private final Long fixedTime;
    private final List<Node> nodes = new ArrayList<>();

    /** One thing of the tree: its path in the image and on the host, and what it takes from the host. */
    private record Node(String path, Path source, BasicFileAttributes attributes, int permissions, long mtime,
            long entryBytes) {
    }

    private ImageBuilder(Path tree, int blockSize, Long fixedTime) {
        this.tree = tree;
        this.blockSize = blockSize;
        this.fixedTime = fixedTime;
    }

    /**
     * The image of {@code tree} with {@code blockSize}-byte blocks, {@code size} bytes large (or,
     * if null, large enough for the tree with an eighth to spare, in whole MiB); if
     * {@code fixedTime} is not null every time in the image is that (seconds since the epoch).
     */
    public static byte[] build(Path tree, Long size, int blockSize, Long fixedTime) {
        ImageBuilder builder = new ImageBuilder(tree, blockSize, fixedTime);
        try {
            if (!Files.isDirectory(tree)) {
                throw new Ext2Exception(tree + ": not a directory");
            }
            builder.walk(tree, "");
        } catch (IOException e) {
            throw new Ext2Exception(tree + ": cannot read the tree (" + e.getMessage() + ")");
        }
        return builder.make(size);
    }

    private void walk(Path directory, String path) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(children::add);
        }
        children.sort(Comparator.comparing(child -> child.getFileName().toString().getBytes(StandardCharsets.UTF_8),
                Arrays::compareUnsigned));
        long entryBytes = 2L * DirEntry.sizeFor(2);
        for (Path child : children) {
            entryBytes += DirEntry.sizeFor(child.getFileName().toString().getBytes(StandardCharsets.UTF_8).length);
        }
        nodes.add(node(directory, path, entryBytes));
        for (Path child : children) {
            String childPath = path + "/" + child.getFileName();
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                walk(child, childPath);
            } else {
                Node node = node(child, childPath, 0);
                if (!node.attributes().isRegularFile() && !node.attributes().isSymbolicLink()) {
                    throw new Ext2Exception(child
                            + ": not a file, directory or symbolic link (an image holds only those)");
                }
                nodes.add(node);
            }
        }
    }

    private Node node(Path source, String path, long entryBytes) throws IOException {
        BasicFileAttributes attributes;
        int permissions;
        try {
            PosixFileAttributes posix =
                    Files.readAttributes(source, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            attributes = posix;
            permissions = permissionBits(posix.permissions());
        } catch (UnsupportedOperationException e) {
            attributes = Files.readAttributes(source, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            permissions = attributes.isDirectory() ? 0755 : 0644;
        }
        if (attributes.isSymbolicLink()) {
            permissions = 0777;
        }
        long mtime = fixedTime != null ? fixedTime : attributes.lastModifiedTime().toInstant().getEpochSecond();
        return new Node(path, source, attributes, permissions, mtime, entryBytes);
    }

    /** The mode bits (0777 at most) of a host file's POSIX permissions. */
    public static int permissionBits(Set<PosixFilePermission> permissions) {
        int bits = 0;
        for (PosixFilePermission permission : permissions) {
            bits |= 0400 >> permission.ordinal();
        }
        return bits;
    }

    private byte[] make(Long size) {
        long time = fixedTime != null ? fixedTime : nodes.stream().mapToLong(Node::mtime).max().orElse(0);
        Geometry geometry = geometry(size);
        Volume volume = Formatter.format(geometry, time, nodes.get(0).permissions());
        FileSystem fs = new FileSystem(volume);
        for (Node node : nodes.subList(1, nodes.size())) {
            add(fs, node, time);
        }
        // Adding entries changed each directory's times: they get their own back.
        for (Node node : nodes) {
            if (node.attributes().isDirectory()) {
                fs.setTimes(node.path().isEmpty() ? "/" : node.path(), node.mtime(), time);
            }
        }
        volume.flush(time);
        volume.setUuid(uuid(volume.data()));
        volume.flush(time);
        return volume.data();
    }

    private void add(FileSystem fs, Node node, long time) {
        Attributes attributes = new Attributes(node.permissions(), 0, 0, node.mtime());
        try {
            if (node.attributes().isDirectory()) {
                fs.mkdir(node.path(), attributes, time);
            } else if (node.attributes().isSymbolicLink()) {
                fs.symlink(node.path(), Files.readSymbolicLink(node.source()).toString(), attributes, time);
            } else {
                try (InputStream in = Files.newInputStream(node.source())) {
                    fs.writeFile(node.path(), in, attributes, time);
                }
            }
        } catch (NoSuchFileException e) {
            throw new Ext2Exception(node.source() + ": vanished while the image was built");
        } catch (IOException e) {
            throw new Ext2Exception(node.source() + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    /**
     * The geometry for {@code size} bytes, or the smallest whole number of MiB that holds the tree
     * with room to spare.
     */
    private Geometry geometry(Long size) {
        long blocks = 0;
        for (Node node : nodes) {
            blocks += blocksFor(node);
        }
        long inodes = nodes.size() + Superblock.GOOD_OLD_FIRST_INODE + 16;
        long lostAndFound = Math.min(Inode.DIRECT, (16 * 1024 + blockSize - 1) / blockSize);
        long needed = blocks + lostAndFound;
        if (size != null) {
            Geometry geometry = Geometry.plan(size, blockSize, Math.max(inodes, size / BYTES_PER_INODE));
            if (geometry.dataBlocks() < needed) {
                throw new Ext2Exception(size + " bytes is too small for " + tree + ": it needs about "
                        + (needed * blockSize + size - geometry.dataBlocks() * blockSize) + " bytes");
            }
            return geometry;
        }
        long wanted = needed + needed / 8 + 64;
        long bytes = Math.max(MIB, (wanted * blockSize + MIB - 1) / MIB * MIB);
        while (true) {
            Geometry geometry = Geometry.plan(bytes, blockSize, Math.max(inodes + inodes / 8, bytes / BYTES_PER_INODE));
            if (geometry.dataBlocks() >= wanted) {
                return geometry;
            }
            bytes += MIB;
        }
    }

    /** The blocks a node takes: its data, the indirect blocks that map them, and a directory's entries. */
    private long blocksFor(Node node) {
        if (node.attributes().isDirectory()) {
            // Entries do not fill blocks exactly: a quarter more is ample.
            return withIndirect(node.entryBytes() * 5 / 4 / blockSize + 1);
        }
        if (node.attributes().isSymbolicLink()) {
            return 1;
        }
        return withIndirect((node.attributes().size() + blockSize - 1) / blockSize);
    }

    /** {@code data} blocks and, a little generously, the pointer blocks that map those past the direct twelve. */
    private long withIndirect(long data) {
        long perBlock = blockSize / 4;
        long pointers = data - Inode.DIRECT;
        long indirect = 0;
        while (pointers > 0) {
            pointers = (pointers + perBlock - 1) / perBlock;
            indirect += pointers + 1;
            if (pointers == 1) {
                break;
            }
        }
        return data + indirect;
    }

    /** A UUID (version 4 form) from the SHA-256 of the image with a zero UUID: the same bytes, the same UUID. */
    private static byte[] uuid(byte[] image) {
        try {
            byte[] id = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(image), 16);
            id[6] = (byte) (id[6] & 0x0f | 0x40);
            id[8] = (byte) (id[8] & 0x3f | 0x80);
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
