package strata.os.disk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import strata.cpu.dev.virtio.Layout;
import strata.os.disk.DiskGuest.Output;
import strata.testkit.Binutils;
import strata.testkit.Command;
import strata.testkit.E2fsprogs;
import strata.testkit.Programs;
import strata.testkit.Qemu;

/**
 * The disk stack's write path, run bare-metal by write.S on scratch copies of images mke2fs makes
 * from {@link TestTree}. A script of operations (one definition: {@link #SCRIPT}, given to the
 * guest as script.inc) runs in the guest, which writes the image; the host replays the operations
 * that must succeed on a copy of the tree. The references: e2fsck -fn must find the written image
 * clean; debugfs's rdump of it must equal the replayed tree, file for file and byte for byte;
 * each operation's result is Linux's for the same call (EEXIST, ENOTEMPTY, EISDIR, ...); and QEMU
 * running the same program on another copy must print the same and leave the same image, byte
 * for byte, in both virtio layouts (as must Strata in its other layout).
 */
class WriteTest {
    static final int MKDIR = 1;
    static final int CREATE = 2;
    static final int WRITE = 3;
    static final int TRUNCATE = 4;
    static final int UNLINK = 5;
    static final int RMDIR = 6;
    static final int MANY = 7;
    static final int FILL = 8;
    static final int RENAME = 9;
    static final int NOREPLACE = 1;
    private static final String[] NAMES = {null, "mkdir", "create", "write", "truncate", "unlink", "rmdir", "many", "fill",
        "rename"};
    private static final long TIME = 1_700_000_000L;
    private static final String LONG = "Q".repeat(255);

    /** One operation: its code, path, arguments, the result it must give, and a rename's new path. */
    record Op(int code, String path, long a, long b, long c, long result, String to) {
        Op(int code, String path, long a, long b, long c, long result) {
            this(code, path, a, b, c, result, null);
        }

        static Op rename(String path, String to, int flags, long result) {
            return new Op(RENAME, path, 0, flags, 0, result, to);
        }

        static Op of(int code, String path, long result) {
            return new Op(code, path, 0, 0, 0, result);
        }

        static Op write(String path, long offset, long count, long seed) {
            return new Op(WRITE, path, offset, count, seed, count);
        }

        String line() {
            return NAMES[code] + " " + path + " -> " + result + "\n";
        }
    }

    static final List<Op> SCRIPT = List.of(
            Op.of(MKDIR, "/new", 0),
            Op.of(CREATE, "/new/hello", 0),
            Op.write("/new/hello", 0, 15, 1),
            Op.of(MKDIR, "/new/sub", 0),
            Op.of(CREATE, "/new/sub/big", 0),
            Op.write("/new/sub/big", 0, 300_000, 7),
            Op.of(CREATE, "/new/sparse", 0),
            Op.write("/new/sparse", 5_000_000, 3000, 9),
            Op.write("/new/sparse", 100, 50, 2),
            Op.of(CREATE, "/new/cut", 0),
            Op.write("/new/cut", 0, 70_000, 3),
            new Op(TRUNCATE, "/new/cut", 5000, 0, 0, 0),
            Op.write("/new/cut", 9000, 10, 4),
            new Op(TRUNCATE, "/new/sub/big", 0, 0, 0, 0),
            Op.write("/new/sub/big", 0, 2000, 5),
            new Op(TRUNCATE, "/new/hello", 40, 0, 0, 0),
            Op.of(CREATE, "/new/hello", -17),
            Op.of(MKDIR, "/new", -17),
            Op.of(CREATE, "/no-such-dir/x", -2),
            Op.of(CREATE, "/etc/motd/x", -20),
            Op.of(UNLINK, "/etc/motd", 0),
            Op.of(UNLINK, "/etc/motd", -2),
            Op.of(UNLINK, "/new/sub", -21),
            Op.of(RMDIR, "/new/sub", -39),
            Op.of(RMDIR, "/empty-dir", 0),
            Op.of(RMDIR, "/new/hello", -20),
            Op.of(RMDIR, "/new/.", -22),
            Op.of(RMDIR, "/new/..", -39),
            Op.of(UNLINK, "/many-010", 0),
            Op.of(UNLINK, "/a/b/double", 0),
            Op.of(CREATE, "/a/" + LONG, 0),
            Op.write("/a/" + LONG, 0, 20, 6),
            Op.of(CREATE, "/a/" + LONG + "Q", -36),
            Op.of(MKDIR, "/new/gone", 0),
            Op.of(RMDIR, "/new/gone", 0),
            new Op(TRUNCATE, "/sparse", 300_000, 0, 0, 0),
            Op.rename("/new/hello", "/new/hello2", 0, 0),
            Op.rename("/new/hello2", "/etc/hello", 0, 0),
            Op.rename("/many-001", "/many-002", 0, 0),
            Op.rename("/many-003", "/many-004", NOREPLACE, -17),
            Op.rename("/many-003", "/many-003b", NOREPLACE, 0),
            Op.rename("/new/sub", "/a/sub", 0, 0),
            Op.rename("/a", "/a/sub/x", 0, -22),
            Op.of(MKDIR, "/emptyd", 0),
            Op.rename("/a/sub", "/emptyd", 0, 0),
            Op.rename("/new", "/many-005", 0, -20),
            Op.rename("/many-005", "/new", 0, -21),
            Op.rename("/a/b", "/emptyd", 0, -39),
            Op.rename("/no-such-name", "/x", 0, -2),
            Op.rename("/new/.", "/x", 0, -16),
            Op.rename("/many-006", "/many-006", 0, 0),
            Op.rename("/many-007", "/x", 2, -22),
            Op.of(UNLINK, "/link", 0),
            Op.of(UNLINK, "/many-020", 0),
            new Op(WRITE, "/new", 0, 5, 1, -21),
            new Op(TRUNCATE, "/new", 0, 0, 0, -21),
            Op.of(MKDIR, "/thousand", 0),
            new Op(MANY, "/thousand", 10, 100, 0, 0),
            Op.of(CREATE, "/many-010", 0),
            Op.write("/many-010", 0, 5, 8));

    @TempDir
    static Path scratch;
    private static Path tree;

    @BeforeAll
    static void makeTheTree() throws IOException {
        tree = scratch.resolve("tree");
        TestTree.make(tree);
    }

    /**
     * With 1 and 4 KiB blocks in one group, and with eight groups of 1024 blocks, the last one
     * shorter (7999 KiB), so that allocation goes from group to group.
     */
    @ParameterizedTest(name = "{0}-byte blocks, {1}, {2} blocks a group")
    @CsvSource({"1024, 8M, 8192", "4096, 8M, 32768", "1024, 7999K, 1024"})
    void theScriptLeavesACleanImageWithWhatWasWritten(int blockSize, String size, int groupBlocks) throws Exception {
        E2fsprogs.require();
        String name = blockSize + "-" + size + "-" + groupBlocks;
        Path original = scratch.resolve("original-" + name + ".img");
        E2fsprogs.mke2fs(original, tree, size, "-b", String.valueOf(blockSize), "-g", String.valueOf(groupBlocks))
                .assertSuccess();
        Command.of(E2fsprogs.DEBUGFS, "-w", "-R", "ea_set /many-020 user.big " + "x".repeat(600), original.toString()).run()
                .assertSuccess();
        assertThat(E2fsprogs.debugfs(original, "stat /many-020").stdout()).as("an attribute block")
                .containsPattern("File ACL: [1-9]");
        DiskGuest guest = DiskGuest.build("write.S", List.of(scriptInclude("script-" + name, SCRIPT)));
        Path image = Files.copy(original, scratch.resolve("strata-" + name + ".img"));

        Output strata = guest.onStrata(image, Layout.LEGACY, true);

        assertThat(strata.status()).as(strata.console()).isZero();
        String expected = "mount: block " + blockSize + "\n"
                + SCRIPT.stream().map(Op::line).collect(Collectors.joining()) + "flush -> 0\ndone\n";
        assertThat(withoutStats(strata.console())).isEqualTo(expected);
        E2fsprogs.check(image).assertSuccess();
        Map<String, String> dumped = dump(image, "dump-" + name);
        assertThat(differences(dumped, contents(replay(copyOfTheTree("replay-" + name))))).isEmpty();
        assertThat(dumped.keySet().stream().filter(path -> path.matches("thousand/d\\d\\d/f\\d{3}"))).hasSize(1000);
        String stat = E2fsprogs.debugfs(image, "stat /new/cut").assertSuccess().stdout();
        assertThat(stat).contains("ctime: 0x" + Long.toHexString(TIME)).contains("mtime: 0x" + Long.toHexString(TIME));

        Path modern = Files.copy(original, scratch.resolve("modern-" + name + ".img"));
        assertThat(withoutStats(guest.onStrata(modern, Layout.MODERN, true).console())).isEqualTo(expected);
        assertThat(Files.readAllBytes(modern)).as("the image in the modern layout").isEqualTo(Files.readAllBytes(image));
        if (Programs.installed(Qemu.SYSTEM)) {
            for (Layout layout : Layout.values()) {
                Path qemu = Files.copy(original, scratch.resolve("qemu-" + layout + "-" + name + ".img"));
                Output output = guest.onQemu(qemu, layout, scratch, true);
                assertThat(output.status()).isZero();
                assertThat(withoutStats(output.console())).isEqualTo(expected);
                assertThat(Files.readAllBytes(qemu)).as("QEMU's image, " + layout).isEqualTo(Files.readAllBytes(image));
            }
        }
    }

    /** In one group of 300 blocks, and in four groups of 512 blocks and 8 inodes. */
    @ParameterizedTest(name = "{0}, {1} blocks a group")
    @CsvSource({"300K, 8192", "2000K, 512"})
    void fillingTheDiskGivesEnospcAndACleanImage(String size, int groupBlocks) throws Exception {
        E2fsprogs.require();
        Path small = scratch.resolve("small-tree");
        Files.createDirectories(small.resolve("d"));
        Path image = scratch.resolve("small-" + size + ".img");
        E2fsprogs.mke2fs(image, small, size, "-b", "1024", "-N", "32", "-g", String.valueOf(groupBlocks)).assertSuccess();
        Matcher free = Pattern.compile("Free inodes: +(\\d+)").matcher(
                Command.of("dumpe2fs", "-h", image.toString()).run().assertSuccess().stdout());
        assertThat(free.find()).isTrue();
        int files = Integer.parseInt(free.group(1)) - 1; // after /fill
        List<Op> script = new ArrayList<>(List.of(Op.of(CREATE, "/fill", 0), Op.of(FILL, "/fill", -28)));
        for (int i = 0; i < files + 5; i++) {
            script.add(Op.of(CREATE, "/d/f" + i, i < files ? 0 : -28));
        }
        script.addAll(List.of(Op.of(MKDIR, "/d2", -28), Op.of(UNLINK, "/d/f0", 0), Op.of(MKDIR, "/d2", -28),
                Op.of(UNLINK, "/fill", 0), Op.of(MKDIR, "/d2", 0), Op.of(CREATE, "/d2/after", 0),
                Op.write("/d2/after", 0, 100_000, 11)));
        DiskGuest guest = DiskGuest.build("write.S", List.of(scriptInclude("script-fill-" + size, script)));

        Output strata = guest.onStrata(image, Layout.LEGACY, true);

        assertThat(strata.status()).as(strata.console()).isZero();
        String expected = "mount: block 1024\n" + script.stream().map(Op::line).collect(Collectors.joining())
                + "flush -> 0\ndone\n";
        assertThat(withoutStats(strata.console())).isEqualTo(expected);
        E2fsprogs.check(image).assertSuccess();
        assertThat(E2fsprogs.cat(image, "/d2/after")).isEqualTo(pattern(0, 100_000, 11));
    }

    @Test
    void aFileSystemWithAnUnknownReadOnlyFeatureIsNotWritten() throws Exception {
        E2fsprogs.require();
        Path image = scratch.resolve("read-only.img");
        E2fsprogs.mke2fs(image, tree, "8M", "-b", "1024").assertSuccess();
        Command.of("tune2fs", "-O", "huge_file", image.toString()).run().assertSuccess();
        byte[] before = Files.readAllBytes(image);
        List<Op> script = List.of(Op.of(CREATE, "/x", -30), Op.of(MKDIR, "/x", -30), new Op(WRITE, "/etc/motd", 0, 5, 1, -30),
                new Op(TRUNCATE, "/etc/motd", 0, 0, 0, -30), Op.of(UNLINK, "/etc/motd", -30), Op.of(RMDIR, "/empty-dir", -30),
                Op.of(CREATE, "/etc/motd", -30));
        DiskGuest guest = DiskGuest.build("write.S", List.of(scriptInclude("script-read-only", script)));

        Output strata = guest.onStrata(image, Layout.LEGACY, true);

        assertThat(withoutStats(strata.console())).isEqualTo("mount: block 1024\n"
                + script.stream().map(Op::line).collect(Collectors.joining()) + "flush -> 0\ndone\n");
        assertThat(Files.readAllBytes(image)).as("the image").isEqualTo(before);
    }

    @Test
    void theWritePathAssemblesWithGnuAs() throws IOException {
        Binutils.require(Binutils.Tool.AS);
        Path include = scriptInclude("script-as", SCRIPT);
        List<String> options = Binutils.asOptions("-I", Path.of("kernel").toAbsolutePath().toString(), "-I",
                Path.of("target/generated/include").toAbsolutePath().toString(), "-I", include.toAbsolutePath().toString());
        for (Path source : List.of(Path.of("kernel/ext2-write.S"), Path.of("src/test/resources/disk/write.S"))) {
            assertThat(Binutils.object(source, options)).as(source.toString()).isNotEmpty();
        }
    }

    /** script.inc for {@code script}, in a directory of its own. */
    private static Path scriptInclude(String name, List<Op> script) throws IOException {
        Path directory = Files.createDirectories(scratch.resolve(name));
        StringBuilder text = new StringBuilder("# Generated by WriteTest from its script.\n");
        for (int code = 1; code < NAMES.length; code++) {
            text.append("        .equ OP_").append(NAMES[code].toUpperCase().replace("TRUNCATE", "TRUNC"))
                    .append(", ").append(code).append('\n');
        }
        text.append("        .section .rodata\n        .balign 4\nscript:\n");
        for (int i = 0; i < script.size(); i++) {
            Op op = script.get(i);
            String a = op.to() == null ? String.valueOf(op.a()) : ".Lto" + i;
            text.append(String.format("        .word %d, .Lpath%d, %s, %d, %d%n", op.code(), i, a, op.b(), op.c()));
        }
        text.append("        .word 0, 0, 0, 0, 0\n");
        for (int i = 0; i < script.size(); i++) {
            text.append(String.format(".Lpath%d: .asciz \"%s\"%n", i, script.get(i).path()));
            if (script.get(i).to() != null) {
                text.append(String.format(".Lto%d: .asciz \"%s\"%n", i, script.get(i).to()));
            }
        }
        text.append("        .text\n");
        Files.writeString(directory.resolve("script.inc"), text.toString());
        return directory;
    }

    /** The tree with the script's successful operations done by the host's file system. */
    private static Path replay(Path root) throws IOException {
        for (Op op : SCRIPT) {
            if (op.result() < 0) {
                continue;
            }
            Path path = root.resolve(op.path().substring(1));
            switch (op.code()) {
                case MKDIR -> Files.createDirectory(path);
                case CREATE -> Files.createFile(path);
                case UNLINK, RMDIR -> Files.delete(path);
                case RENAME -> {
                    Path to = root.resolve(op.to().substring(1));
                    if (!to.equals(path)) {
                        Files.move(path, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                case TRUNCATE -> {
                    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
                        file.setLength(op.a());
                    }
                }
                case WRITE -> {
                    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
                        file.seek(op.a());
                        file.write(pattern(op.a(), (int) op.b(), op.c()));
                    }
                }
                case MANY -> {
                    for (int d = 0; d < op.a(); d++) {
                        String directory = String.format("%s/d%02d", op.path(), d);
                        Files.createDirectories(root.resolve(directory.substring(1)));
                        for (int f = 0; f < op.b(); f++) {
                            String file = String.format("%s/f%03d", directory, f);
                            Files.writeString(root.resolve(file.substring(1)), file + "\n");
                        }
                    }
                }
                default -> throw new AssertionError(op);
            }
        }
        return root;
    }

    /** write.S's pattern: the byte at file position p is p * 131 + seed + (p >> 9), mod 256. */
    private static byte[] pattern(long offset, int count, long seed) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            long p = offset + i;
            bytes[i] = (byte) (p * 131 + seed + (p >> 9));
        }
        return bytes;
    }

    private static Path copyOfTheTree(String name) throws IOException {
        Path copy = scratch.resolve(name);
        Command.of("cp", "-a", tree.toString(), copy.toString()).run().assertSuccess();
        return copy;
    }

    /** The image's tree as rdump writes it on the host (the root's entries go straight into {@code into}). */
    private static Map<String, String> dump(Path image, String name) throws IOException {
        Path into = Files.createDirectories(scratch.resolve(name));
        E2fsprogs.rdump(image, "/", into).assertSuccess();
        Map<String, String> contents = contents(into);
        contents.keySet().removeIf(path -> path.equals("lost+found") || path.startsWith("lost+found/"));
        return contents;
    }

    /**
     * Each path under {@code root} and what it is: a directory, a symbolic link's target, or a
     * regular file's size and SHA-256.
     */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                String name = root.relativize(path).toString();
                if (name.isEmpty()) {
                    continue;
                }
                if (Files.isSymbolicLink(path)) {
                    contents.put(name, "link " + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path)) {
                    contents.put(name, "directory");
                } else {
                    byte[] bytes = Files.readAllBytes(path);
                    contents.put(name, "file " + bytes.length + " sha-256 " + sha256(bytes));
                }
            }
        }
        return contents;
    }

    /** Each path on which the two trees disagree, with what each has there. */
    private static List<String> differences(Map<String, String> image, Map<String, String> replay) {
        Set<String> paths = new TreeSet<>(image.keySet());
        paths.addAll(replay.keySet());
        return paths.stream().filter(path -> !Objects.equals(image.get(path), replay.get(path)))
                .map(path -> path + ": the image has " + image.get(path) + ", the replay " + replay.get(path)).toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withoutStats(String console) {
        return console.lines().filter(line -> !line.startsWith("stats: ")).map(line -> line + "\n")
                .collect(Collectors.joining());
    }
}
