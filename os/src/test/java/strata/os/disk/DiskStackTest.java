package strata.os.disk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import strata.cpu.board.ProgramException;
import strata.cpu.dev.virtio.Layout;
import strata.os.disk.DiskGuest.Output;
import strata.testkit.Binutils;
import strata.testkit.Command;
import strata.testkit.E2fsprogs;
import strata.testkit.Programs;
import strata.testkit.Qemu;

/**
 * The disk stack's read path, run bare-metal by walk.S on images mke2fs makes from
 * {@link TestTree}, with 1 and 4 KiB blocks, in both virtio-mmio layouts. What it prints is judged
 * by three references: debugfs (each directory's entries, inode numbers and types, in the order
 * on disk), the tree (each file's size and contents), and QEMU (the same program on the same image
 * prints the same, byte for byte). Corrupt images must give their error and let the walk go on,
 * or refuse the mount, never hang or trap.
 */
class DiskStackTest {
    private static final Pattern ENTRY = Pattern.compile("(\\d+) (\\d+) (\\d+) (\\d+) (.+)");
    private static final String PROBES = """
            probe  -> -2
            probe /no-such-name -> -2
            probe /no-such-dir/x -> -2
            probe no-such-name -> -2
            probe /../.././no-such-name -> -2
            probe /%s -> -36
            """.formatted("a".repeat(256));

    @TempDir
    static Path scratch;
    private static Path tree;
    private static DiskGuest walk;

    @BeforeAll
    static void makeTheTreeAndTheProgram() throws IOException {
        tree = scratch.resolve("tree");
        TestTree.make(tree);
        walk = DiskGuest.build("walk.S");
    }

    @ParameterizedTest(name = "{0}-byte blocks, {1} layout")
    @CsvSource({"1024, LEGACY", "1024, MODERN", "4096, LEGACY", "4096, MODERN"})
    void theWalkMatchesDebugfsTheTreeAndQemu(int blockSize, Layout layout) throws Exception {
        E2fsprogs.require();
        Path image = image(blockSize);

        Output strata = walk.onStrata(image, layout);

        assertThat(strata.status()).as(strata.console()).isZero();
        String expectedHead = "virtio: layout " + layout.version() + " capacity " + Files.size(image) / 512
                + " irq 8\nmount: block " + blockSize + "\n";
        assertThat(strata.console()).startsWith(expectedHead).endsWith("done\n").contains(PROBES);
        String listing = strata.console().substring(expectedHead.length(), strata.console().indexOf("probe "));
        assertThat(withoutOffsets(listing)).isEqualTo(expectedListing(image, ""));
        checkOffsets(listing, image);
        if (Programs.installed(Qemu.SYSTEM)) {
            assertThat(walk.onQemu(image, layout, scratch)).isEqualTo(strata);
        }
    }

    @Test
    void theSectorAndCacheWritesReadBack() throws Exception {
        E2fsprogs.require();
        DiskGuest rw = DiskGuest.build("rw.S");
        String expected = """
                sectors: written and read back
                bcache: a dirty block reaches the disk at flush
                bcache: 40 dirty blocks through 32 buffers read back
                virtio: a partial sector and a sector past the end are refused
                """;
        Path image = image(1024);
        byte[] before = Files.readAllBytes(image);
        for (Layout layout : Layout.values()) {
            assertThat(rw.onStrata(image, layout)).isEqualTo(new Output(0, expected));
            if (Programs.installed(Qemu.SYSTEM)) {
                assertThat(rw.onQemu(image, layout, scratch)).isEqualTo(new Output(0, expected));
            }
        }
        assertThat(Files.readAllBytes(image)).as("the image behind the overlay").isEqualTo(before);
    }

    @Test
    void theInterruptIsAcknowledgedAndItsCompletionsNoted() throws Exception {
        DiskGuest irq = DiskGuest.build("irq.S");
        String expected = """
                interrupt: source 8 bits 1 used 1 count 1
                interrupt: source 8 bits 1 used 2 count 2
                """;
        Path image = image(1024);
        for (Layout layout : Layout.values()) {
            assertThat(irq.onStrata(image, layout)).isEqualTo(new Output(0, expected));
            if (Programs.installed(Qemu.SYSTEM)) {
                assertThat(irq.onQemu(image, layout, scratch)).isEqualTo(new Output(0, expected));
            }
        }
    }

    @Test
    void theDiskStackAndItsTestProgramsAssembleWithGnuAs() {
        Binutils.require(Binutils.Tool.AS);
        List<String> options = Binutils.asOptions("-I", Path.of("kernel").toAbsolutePath().toString(), "-I",
                Path.of("target/generated/include").toAbsolutePath().toString());
        List<Path> sources = new ArrayList<>();
        DiskGuest.DISK_STACK.forEach(file -> sources.add(Path.of("kernel", file)));
        for (String test : List.of("walk.S", "rw.S", "irq.S")) {
            sources.add(Path.of("src/test/resources/disk", test));
        }
        for (Path source : sources) {
            assertThat(Binutils.object(source, options)).as(source.toString()).isNotEmpty();
        }
    }

    @Test
    void aBadMagicNumberIsRefusedAtMount() throws Exception {
        Path image = copy(image(1024), "magic");
        patch(image, 1080, new byte[] {0x34, 0x12});
        assertThat(corrupt(image)).contains("mount: error -22 ext2: not an ext2 file system: no magic number 0xef53 at"
                + " byte 1080 (value 0x00001234)\ndone\n");
    }

    @Test
    void anExt4FileSystemIsRefusedForItsIncompatibleFeatures() throws Exception {
        E2fsprogs.require();
        Path image = scratch.resolve("ext4.img");
        Command.of(E2fsprogs.MKE2FS, "-q", "-F", "-t", "ext4", "-d", tree.toString(), image.toString(), "8M")
                .run().assertSuccess();
        Matcher refusal = Pattern.compile("mount: error -22 ext2: the file system has incompatible features this kernel"
                + " cannot handle \\(.*\\) \\(value 0x([0-9a-f]{8})\\)\ndone\n").matcher(corrupt(image));
        assertThat(refusal.find()).isTrue();
        assertThat(Integer.parseInt(refusal.group(1), 16) & 0x40).as("extents").isNotZero();
    }

    @Test
    void aFileSystemLargerThanTheDiskIsRefused() throws Exception {
        Path image = copy(image(1024), "truncated");
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        assertThat(corrupt(image)).contains("mount: error -5 ext2: the file system is larger than the disk");
    }

    @Test
    void blockNumbersOutsideTheFileSystemAreErrorsAndTheWalkGoesOn() throws Exception {
        Path image = copy(image(1024), "blocks");
        Command.of(E2fsprogs.DEBUGFS, "-w", "-R", "sif /etc/motd block[0] 99999999", image.toString()).run().assertSuccess();
        Command.of(E2fsprogs.DEBUGFS, "-w", "-R", "sif /a/b/double block[IND] 4000000000", image.toString()).run()
                .assertSuccess();
        String output = corrupt(image);
        assertThat(output)
                .contains("error /etc/motd -5 ext2: corrupt file system: a block number outside the file system"
                        + " (value 0x05f5e0ff)\n")
                .contains("error /a/b/double -5 ext2: corrupt file system: a block number outside the file system"
                        + " (value 0xee6b2800)\n")
                .contains("file /a/b/c/random300k size 300000")
                .contains(PROBES);
    }

    @Test
    void aDirectoryEntryWithABadRecordLengthOrInodeIsAnError() throws Exception {
        Path image = copy(image(1024), "directory");
        patch(image, firstBlock(image, "/etc") * 1024 + 12 + 4, new byte[] {0, 0});
        patch(image, firstBlock(image, "/empty-dir") * 1024, new byte[] {-1, -1, -1, 0x7f});
        assertThat(corrupt(image))
                .contains("error /etc -5 ext2: corrupt directory: an entry with a bad record length or inode number"
                        + " (its position is shown) (value 0x0000000c)\n")
                .contains("error /empty-dir -5 ext2: corrupt directory: an entry with a bad record length or inode"
                        + " number (its position is shown) (value 0x00000000)\n")
                .contains(PROBES);
    }

    /** Runs walk.S on a damaged image: it must finish (status 0), the same on Strata and QEMU. */
    private static String corrupt(Path image) throws IOException, ProgramException {
        Output strata = walk.onStrata(image, Layout.LEGACY);
        assertThat(strata.status()).as(strata.console()).isZero();
        assertThat(strata.console()).endsWith("done\n");
        if (Programs.installed(Qemu.SYSTEM)) {
            assertThat(walk.onQemu(image, Layout.LEGACY, scratch)).isEqualTo(strata);
        }
        return strata.console();
    }

    /** The image of the tree with this block size, 8 MiB (the sparse file's holes take no room). */
    private static Path image(int blockSize) throws IOException {
        E2fsprogs.require();
        Path image = scratch.resolve("tree-" + blockSize + ".img");
        if (!Files.exists(image)) {
            E2fsprogs.mke2fs(image, tree, "8M", "-b", String.valueOf(blockSize)).assertSuccess();
            E2fsprogs.check(image).assertSuccess();
        }
        return image;
    }

    /**
     * What walk.S must print for the directory at {@code path} and below, its entries' offsets and
     * record lengths left out: debugfs's {@code ls -p} gives each entry's inode, mode and name in
     * the order on disk; the tree gives each regular file's size and contents.
     */
    private static String expectedListing(Path image, String path) throws IOException {
        StringBuilder expected = new StringBuilder();
        String ls = E2fsprogs.debugfs(image, "ls -p " + (path.isEmpty() ? "/" : path)).assertSuccess().stdout();
        for (String line : ls.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("/", -1); // /INO/MODE/UID/GID/NAME/SIZE/
            if (fields[1].equals("0")) {
                continue; // an unused entry (debugfs lists the empty blocks of lost+found so)
            }
            int mode = Integer.parseInt(fields[2], 8);
            String name = fields[5];
            String child = path + "/" + name;
            expected.append(dtype(mode)).append(' ').append(fields[1]).append(' ').append(child).append('\n');
            if ((mode & 0xf000) == 0x8000) {
                byte[] contents = Files.readAllBytes(tree.resolve(child.substring(1)));
                expected.append("file ").append(child).append(" size ").append(contents.length)
                        .append(String.format(" hash 0x%08x slash -20%n", TestTree.hash(contents)));
            } else if ((mode & 0xf000) == 0x4000 && !name.equals(".") && !name.equals("..")) {
                expected.append(expectedListing(image, child));
            }
        }
        return expected.toString();
    }

    /** Linux's d_type for a mode (DT_DIR 4, DT_REG 8, DT_LNK 10). */
    private static int dtype(int mode) {
        return (mode & 0xf000) >> 12;
    }

    /** The listing with each entry's d_off and d_reclen left out (checkOffsets looks at them). */
    private static String withoutOffsets(String listing) {
        StringBuilder out = new StringBuilder();
        for (String line : listing.split("\n", -1)) {
            Matcher entry = ENTRY.matcher(line);
            out.append(entry.matches() ? entry.group(1) + " " + entry.group(2) + " " + entry.group(5) : line);
            out.append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /**
     * d_reclen is the name's record in struct linux_dirent64 (19 bytes, the name, a NUL, to a
     * multiple of 8); d_off grows within a directory, and the last entry's is the directory's size,
     * as Linux's ext2 gives it.
     */
    private static void checkOffsets(String listing, Path image) {
        List<String[]> entries = new ArrayList<>();
        for (String line : listing.split("\n")) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.matches()) {
                String path = entry.group(5);
                String name = path.substring(path.lastIndexOf('/') + 1);
                assertThat(Integer.parseInt(entry.group(4))).as(path).isEqualTo((19 + name.length() + 1 + 7) & ~7);
                entries.add(new String[] {path.substring(0, path.lastIndexOf('/')), entry.group(3)});
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            String directory = entries.get(i)[0];
            long offset = Long.parseLong(entries.get(i)[1]);
            int next = i + 1;
            while (next < entries.size() && !entries.get(next)[0].equals(directory)) {
                next++;
            }
            if (next < entries.size()) {
                assertThat(Long.parseLong(entries.get(next)[1])).as("d_off after " + directory).isGreaterThan(offset);
            } else {
                String size = E2fsprogs.debugfs(image, "stat " + (directory.isEmpty() ? "/" : directory)).stdout();
                assertThat(size).as(directory).containsPattern("Size: " + offset + "\\b");
            }
        }
    }

    private static long firstBlock(Path image, String path) {
        return Long.parseLong(E2fsprogs.debugfs(image, "bmap " + path + " 0").assertSuccess().stdout().trim());
    }

    private static Path copy(Path image, String name) throws IOException {
        return Files.copy(image, scratch.resolve(name + ".img"));
    }

    private static void patch(Path image, long offset, byte[] bytes) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.seek(offset);
            file.write(bytes);
        }
    }
}
