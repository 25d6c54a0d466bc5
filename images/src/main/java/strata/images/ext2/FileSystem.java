package strata.images.ext2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Files and directories by path, on a {@link Volume}: look a path up (following symbolic links,
 * at most {@value #MAX_SYMLINKS} of them, as Linux does), list a directory, read a file or a
 * link, and make and remove files, directories and links. Paths are absolute within the image;
 * a leading "/" may be left out. Every error names the path it is about.
 *
 * <p>A regular file's blocks are written in order, each indirect block allocated just before the
 * first block it maps; a symlink target shorter than 60 bytes is kept in the inode ("fast"),
 * a longer one in a block of its own.
 */
public final class FileSystem {
    public static final int MAX_SYMLINKS = 40;

    private final Volume volume;
    /**
     * The names of each directory read so far (as ISO-8859-1 text, one char per byte), kept up to
     * date by every change, which all go through this object: a lookup does not read the
     * directory's blocks again.
     */
    private final Map<Long, Map<String, Long>> names = new HashMap<>();

    public FileSystem(Volume volume) {
        this.volume = volume;
    }

    public Volume volume() {
        return volume;
    }

    /** One entry of a directory listing: its name, inode number and inode. */
    public record Entry(String name, long number, Inode inode) {
    }

    // ---- looking up

    /** The inode number of {@code path}, every symbolic link on the way and at the end followed. */
    public long resolve(String path) {
        return lookup(path, true);
    }

    /** The inode number of {@code path}; a symbolic link at the end is followed only if {@code followLast}. */
    public long lookup(String path, boolean followLast) {
        Deque<String> rest = new ArrayDeque<>(components(path));
        long current = Inode.ROOT;
        int links = 0;
        StringBuilder walked = new StringBuilder();
        while (!rest.isEmpty()) {
            String name = rest.pollFirst();
            Map<String, Long> entries = names(current, walked.length() == 0 ? "/" : walked.toString());
            walked.append('/').append(name);
            Long number = entries.get(key(bytes(name, path)));
            if (number == null) {
                throw new Ext2Exception(path + ": no such file or directory");
            }
            Inode inode = volume.inode(number);
            if (inode.type() == FileType.SYMLINK && (followLast || !rest.isEmpty())) {
                if (++links > MAX_SYMLINKS) {
                    throw new Ext2Exception(path + ": too many levels of symbolic links");
                }
                String target = readLink(number);
                List<String> parts = components(target);
                for (int i = parts.size() - 1; i >= 0; i--) {
                    rest.addFirst(parts.get(i));
                }
                if (target.startsWith("/")) {
                    current = Inode.ROOT;
                    walked.setLength(0);
                } else {
                    walked.setLength(Math.max(0, walked.lastIndexOf("/")));
                }
                continue;
            }
            current = number;
        }
        return current;
    }

    private Map<String, Long> names(long directory, String path) {
        Map<String, Long> known = names.get(directory);
        if (known == null) {
            known = new HashMap<>();
            for (DirEntry entry : directory(directory, path).entries()) {
                known.putIfAbsent(key(entry.name()), entry.inode());
            }
            names.put(directory, known);
        }
        return known;
    }

    private static String key(byte[] name) {
        return new String(name, StandardCharsets.ISO_8859_1);
    }

    private Directory directory(long number, String path) {
        if (volume.inode(number).type() != FileType.DIRECTORY) {
            throw new Ext2Exception(path + ": not a directory");
        }
        return new Directory(volume, number);
    }

    private static List<String> components(String path) {
        return Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).toList();
    }

    /** The name's bytes (UTF-8), refused if longer than ext2 allows or holding a NUL, which no ext2 name may. */
    private static byte[] bytes(String name, String path) {
        if (name.indexOf('\0') >= 0) {
            throw new Ext2Exception(path + ": a file name cannot hold a NUL character");
        }
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > DirEntry.MAX_NAME) {
            throw new Ext2Exception(path + ": file name too long (" + bytes.length + " bytes; ext2 allows "
                    + DirEntry.MAX_NAME + ")");
        }
        return bytes;
    }

    public Inode inode(long number) {
        return volume.inode(number);
    }

    // ---- reading

    /** The entries of the directory {@code number}, without "." and "..", in the order they lie. */
    public List<Entry> list(long number, String path) {
        List<Entry> entries = new ArrayList<>();
        for (DirEntry entry : directory(number, path).entries()) {
            String name = entry.nameText();
            if (!name.equals(".") && !name.equals("..")) {
                entries.add(new Entry(name, entry.inode(), volume.inode(entry.inode())));
            }
        }
        return entries;
    }

    /** Copies the contents of regular file {@code number} to {@code out}; holes read as zeros. */
    public void read(long number, String path, OutputStream out) throws IOException {
        Inode inode = volume.inode(number);
        if (inode.type() == FileType.DIRECTORY) {
            throw new Ext2Exception(path + ": is a directory");
        }
        if (inode.type() != FileType.REGULAR) {
            throw new Ext2Exception(path + ": not a regular file");
        }
        int bs = volume.blockSize();
        if ((inode.size() + bs - 1) / bs > BlockMap.capacity(bs)) {
            throw Volume.corrupt("inode " + number + " has the size " + inode.size()
                    + ", more than its block pointers can map");
        }
        BlockMap map = new BlockMap(volume, inode);
        byte[] zeros = new byte[bs];
        for (long logical = 0, left = inode.size(); left > 0; logical++, left -= bs) {
            long block = map.physical(logical);
            int length = (int) Math.min(bs, left);
            if (block == 0) {
                out.write(zeros, 0, length);
            } else {
                out.write(volume.data(), volume.blockOffset(block), length);
            }
        }
    }

    /**
     * The target of symbolic link {@code number}: in the inode's pointers if shorter than 60 bytes,
     * else in its block.
     */
    public String readLink(long number) {
        Inode inode = volume.inode(number);
        if (inode.size() < Inode.INLINE_BYTES) {
            ByteBuffer pointers = ByteBuffer.allocate(Inode.INLINE_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            pointers.asIntBuffer().put(inode.block());
            return new String(pointers.array(), 0, (int) inode.size(), StandardCharsets.UTF_8);
        }
        if (inode.size() >= volume.blockSize()) {
            throw Volume.corrupt("symbolic link inode " + number + " has the size " + inode.size());
        }
        long block = new BlockMap(volume, inode).physical(0);
        if (block == 0) {
            throw Volume.corrupt("symbolic link inode " + number + " has no block");
        }
        return new String(volume.data(), volume.blockOffset(block), (int) inode.size(), StandardCharsets.UTF_8);
    }

    // ---- changing

    /** Where a new entry goes: the parent directory (which exists) and the name (which is free, or not if asked). */
    private record Place(Directory parent, byte[] name, Long existing) {
    }

    private Place place(String path) {
        List<String> parts = components(path);
        if (parts.isEmpty()) {
            throw new Ext2Exception(path + ": is the root directory");
        }
        String name = parts.get(parts.size() - 1);
        if (name.equals(".") || name.equals("..")) {
            throw new Ext2Exception(path + ": cannot name an entry \"" + name + "\"");
        }
        byte[] bytes = bytes(name, path);
        String parentPath = "/" + String.join("/", parts.subList(0, parts.size() - 1));
        long parent = resolve(parentPath);
        return new Place(directory(parent, parentPath), bytes, names(parent, parentPath).get(key(bytes)));
    }

    private Place newPlace(String path) {
        Place place = place(path);
        if (place.existing() != null) {
            throw new Ext2Exception(path + ": file exists");
        }
        return place;
    }

    /**
     * Writes {@code content} as the regular file {@code path}: a new file, or the same inode
     * with new contents if a regular file is there already. The file's times are
     * {@code attributes.mtime()}, its inode's change time {@code time}.
     */
    public long writeFile(String path, InputStream content, Attributes attributes, long time) {
        volume.checkWritable();
        Place place = place(path);
        long number;
        Inode inode;
        if (place.existing() != null) {
            number = place.existing();
            inode = volume.inode(number);
            if (inode.type() != FileType.REGULAR) {
                throw new Ext2Exception(path + ": exists and is not a regular file");
            }
            BlockMap old = new BlockMap(volume, inode);
            old.freeAll();
            inode = inode.withBlocks(old.pointers(), 0,
                    inode.sectors() + old.blocksAdded() * (volume.blockSize() / 512));
        } else {
            inode = fresh(FileType.REGULAR, attributes, time, 1);
            number = volume.allocateInode(inode);
            link(place, number, FileType.REGULAR, time);
        }
        BlockMap map = new BlockMap(volume, inode);
        long size = copyIn(map, content, 0);
        Inode written = inode.withBlocks(map.pointers(), size,
                inode.sectors() + map.blocksAdded() * (volume.blockSize() / 512));
        volume.writeInode(number, new Inode(written.mode() & FileType.MASK | attributes.permissions() & 07777,
                attributes.uid(), attributes.gid(), size, attributes.mtime(), time, attributes.mtime(), 0,
                written.links(), written.sectors(), written.flags(), written.block()));
        return number;
    }

    private long copyIn(BlockMap map, InputStream content, long goal) {
        int bs = volume.blockSize();
        byte[] buffer = new byte[bs];
        long size = 0;
        try {
            for (long logical = 0; ; logical++) {
                int n = content.readNBytes(buffer, 0, bs);
                if (n == 0) {
                    return size;
                }
                long block = map.map(logical, goal);
                int offset = volume.blockOffset(block);
                System.arraycopy(buffer, 0, volume.data(), offset, n);
                Arrays.fill(volume.data(), offset + n, offset + bs, (byte) 0);
                size += n;
                if (n < bs) {
                    return size;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Inode fresh(FileType type, Attributes attributes, long time, int links) {
        return new Inode(type.modeBits() | attributes.permissions() & 07777, attributes.uid(), attributes.gid(), 0,
                attributes.mtime(), time, attributes.mtime(), 0, links, 0, 0, new int[Inode.POINTERS]);
    }

    /** Makes the directory {@code path}, whose parent must exist; returns its inode number. */
    public long mkdir(String path, Attributes attributes, long time) {
        volume.checkWritable();
        Place place = newPlace(path);
        long number = volume.allocateInode(fresh(FileType.DIRECTORY, attributes, time, 2));
        long block = volume.allocateBlock(0);
        volume.zeroBlock(block);
        Directory.writeFirstBlock(volume, block, number, place.parent().number());
        int[] pointers = new int[Inode.POINTERS];
        pointers[0] = (int) block;
        volume.writeInode(number, volume.inode(number).withBlocks(pointers, volume.blockSize(),
                volume.blockSize() / 512));
        link(place, number, FileType.DIRECTORY, time);
        Inode parent = volume.inode(place.parent().number());
        volume.writeInode(place.parent().number(), parent.withLinks(parent.links() + 1));
        return number;
    }

    /** Makes the symbolic link {@code path} pointing at {@code target}; returns its inode number. */
    public long symlink(String path, String target, Attributes attributes, long time) {
        volume.checkWritable();
        byte[] bytes = target.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length >= volume.blockSize()) {
            throw new Ext2Exception(path + ": a symbolic link's target must have 1 to " + (volume.blockSize() - 1)
                    + " bytes, not " + bytes.length);
        }
        Place place = newPlace(path);
        long number = volume.allocateInode(fresh(FileType.SYMLINK, attributes, time, 1));
        Inode inode = volume.inode(number);
        if (bytes.length < Inode.INLINE_BYTES) {
            ByteBuffer inline = ByteBuffer.allocate(Inode.INLINE_BYTES).order(ByteOrder.LITTLE_ENDIAN).put(bytes);
            int[] pointers = new int[Inode.POINTERS];
            inline.flip().limit(Inode.INLINE_BYTES);
            inline.asIntBuffer().get(pointers);
            inode = inode.withBlocks(pointers, bytes.length, 0);
        } else {
            BlockMap map = new BlockMap(volume, inode);
            long size = copyIn(map, new ByteArrayInputStream(bytes), 0);
            inode = inode.withBlocks(map.pointers(), size, map.blocksAdded() * (volume.blockSize() / 512));
        }
        volume.writeInode(number, inode);
        link(place, number, FileType.SYMLINK, time);
        return number;
    }

    /**
     * Sets the permission bits (with setuid, setgid and sticky) of {@code path}, itself if a link;
     * its ctime becomes {@code time}.
     */
    public void chmod(String path, int permissions, long time) {
        volume.checkWritable();
        long number = lookup(path, false);
        Inode inode = volume.inode(number);
        volume.writeInode(number, new Inode(inode.mode() & FileType.MASK | permissions & 07777, inode.uid(),
                inode.gid(), inode.size(), inode.atime(), time, inode.mtime(), inode.dtime(), inode.links(),
                inode.sectors(), inode.flags(), inode.block()));
    }

    /**
     * Sets the access and modification times of {@code path} (itself if a link) to {@code mtime},
     * its ctime to {@code time}.
     */
    public void setTimes(String path, long mtime, long time) {
        volume.checkWritable();
        long number = lookup(path, false);
        Inode inode = volume.inode(number);
        volume.writeInode(number, new Inode(inode.mode(), inode.uid(), inode.gid(), inode.size(), mtime, time, mtime,
                inode.dtime(), inode.links(), inode.sectors(), inode.flags(), inode.block()));
    }

    /**
     * Removes {@code path}: a file or a symbolic link (its inode and blocks are freed when its
     * last link goes), or an empty directory. A symbolic link itself is removed, not its target.
     */
    public void remove(String path, long time) {
        volume.checkWritable();
        Place place = place(path);
        if (place.existing() == null) {
            throw new Ext2Exception(path + ": no such file or directory");
        }
        long number = place.existing();
        Inode inode = volume.inode(number);
        Directory parent = place.parent();
        if (inode.type() == FileType.DIRECTORY) {
            if (names(number, path).size() > 2) {
                throw new Ext2Exception(path + ": directory not empty");
            }
            unlink(place, time);
            Inode parentInode = volume.inode(parent.number());
            volume.writeInode(parent.number(), parentInode.withLinks(parentInode.links() - 1));
            release(number, inode, time);
            return;
        }
        unlink(place, time);
        if (inode.links() > 1) {
            volume.writeInode(number, inode.withLinks(inode.links() - 1));
        } else {
            release(number, inode, time);
        }
    }

    /** Adds the entry for {@code number} at {@code place}. */
    private void link(Place place, long number, FileType type, long time) {
        place.parent().add(place.name(), number, type, time);
        names(place.parent().number(), "/").put(key(place.name()), number);
    }

    private void unlink(Place place, long time) {
        place.parent().remove(place.name(), time);
        names(place.parent().number(), "/").remove(key(place.name()));
    }

    /**
     * Frees an inode, its blocks and its share of an attribute block; a fast symlink's pointers
     * are its text, not blocks.
     */
    private void release(long number, Inode inode, long time) {
        boolean fastLink = inode.type() == FileType.SYMLINK && inode.size() < Inode.INLINE_BYTES;
        if (!fastLink) {
            new BlockMap(volume, inode).freeAll();
        }
        long attributes = volume.attributeBlock(number);
        if (attributes != 0) {
            volume.releaseAttributeBlock(attributes);
        }
        volume.freeInode(number, time);
        names.remove(number);
    }
}
