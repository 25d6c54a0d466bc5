package strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import strata.images.ImageFile;
import strata.images.ext2.Attributes;
import strata.images.ext2.FileSystem;
import strata.images.ext2.Inode;
import strata.testkit.E2fsprogs;

/**
 * {@code strata image} end to end: each subcommand on a small built image, checked by e2fsprogs
 * where it changes the image; and the corpus of bad input, where every case gives its one-line
 * error and status 1 and leaves the image's bytes exactly as they were.
 */
class ImageCommandTest {
    private static final long TIME = 1_767_225_600L;

    @TempDir
    Path temp;

    private Path tree;
    private Path image;

    private record Result(int status, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void buildAnImage() throws IOException {
        tree = Files.createDirectories(temp.resolve("tree"));
        Files.createDirectories(tree.resolve("etc"));
        Files.createDirectories(tree.resolve("home"));
        Files.writeString(tree.resolve("etc/motd"), "Welcome to Strata\n");
        Files.write(tree.resolve("etc/data.bin"), bytes(5000));
        Files.createSymbolicLink(tree.resolve("motd"), Path.of("etc/motd"));
        Files.setPosixFilePermissions(Files.writeString(tree.resolve("run.sh"), "#!/bin/sh\n"),
                PosixFilePermissions.fromString("rwxr-x---"));
        image = temp.resolve("disk.img");
        Result built = run("image", "build", tree.toString(), "-o", image.toString(), "--mtime", Long.toString(TIME));
        assertThat(built.status()).as(built.err()).isZero();
        assertThat(built.err()).isEmpty();
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    @Test
    void buildMakesACleanImageOfTheTree() {
        E2fsprogs.require();
        assertThat(E2fsprogs.check(image).status()).isZero();
        assertThat(E2fsprogs.cat(image, "/etc/data.bin")).isEqualTo(bytes(5000));
    }

    @Test
    void buildTakesSizeAndBlockSize() {
        E2fsprogs.require();
        Path other = temp.resolve("big.img");
        Result result = run("image", "build", tree.toString(), "-o", other.toString(), "--size", "3M",
                "--block-size", "4096");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(other).hasSize(3 << 20);
        assertThat(E2fsprogs.debugfs(other, "stats").stdout()).contains("Block size:               4096");
        assertThat(E2fsprogs.check(other).status()).isZero();
    }

    @Test
    void twoBuildsGiveTheSameBytes() throws IOException {
        Path again = temp.resolve("again.img");
        assertThat(run("image", "build", tree.toString(), "-o", again.toString(), "--mtime", Long.toString(TIME))
                .status()).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(image));
    }

    @Test
    void lsListsByNameAndLongLikeLsL() {
        assertThat(run("image", "ls", image.toString()).text()).isEqualTo("etc\nhome\nlost+found\nmotd\nrun.sh\n");
        assertThat(run("image", "ls", image.toString(), "/etc").text()).isEqualTo("data.bin\nmotd\n");
        assertThat(run("image", "ls", "-l", image.toString()).text()).isEqualTo(String.join("\n",
                "drwxr-xr-x 2 0 0  1024 2026-01-01 00:00 etc",
                "drwxr-xr-x 2 0 0  1024 2026-01-01 00:00 home",
                "drwx------ 2 0 0 12288 2026-01-01 00:00 lost+found",
                "lrwxrwxrwx 1 0 0     8 2026-01-01 00:00 motd -> etc/motd",
                "-rwxr-x--- 1 0 0    10 2026-01-01 00:00 run.sh", ""));
        assertThat(run("image", "ls", "-l", image.toString(), "/etc/motd").text())
                .isEqualTo("-rw-r--r-- 1 0 0 18 2026-01-01 00:00 motd\n");
    }

    @Test
    void catWritesTheBytesAndFollowsLinks() {
        assertThat(run("image", "cat", image.toString(), "/etc/data.bin").out()).isEqualTo(bytes(5000));
        assertThat(run("image", "cat", image.toString(), "motd").text()).isEqualTo("Welcome to Strata\n");
    }

    @Test
    void putGetRmMkdirKeepTheImageClean() throws IOException {
        E2fsprogs.require();
        Path host = Files.write(temp.resolve("prog.py"), bytes(70_000));
        Files.setLastModifiedTime(host, FileTime.fromMillis(TIME * 1000));
        assertThat(run("image", "mkdir", image.toString(), "/home/user").status()).isZero();
        assertThat(run("image", "put", image.toString(), host.toString(), "/home/user").status()).isZero();
        assertThat(run("image", "put", image.toString(), host.toString(), "/home/user/copy.py").status()).isZero();
        assertThat(run("image", "rm", image.toString(), "/etc/data.bin").status()).isZero();
        assertThat(run("image", "rm", image.toString(), "/motd").status()).isZero();
        assertThat(E2fsprogs.check(image).status()).isZero();
        assertThat(E2fsprogs.cat(image, "/home/user/prog.py")).isEqualTo(bytes(70_000));
        assertThat(run("image", "ls", image.toString(), "/home/user").text()).isEqualTo("copy.py\nprog.py\n");
        assertThat(run("image", "ls", image.toString(), "/").text()).isEqualTo("etc\nhome\nlost+found\nrun.sh\n");

        Path out = temp.resolve("out.py");
        assertThat(run("image", "get", image.toString(), "/home/user/copy.py", out.toString()).status()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(bytes(70_000));
        Path outDir = Files.createDirectories(temp.resolve("outdir"));
        assertThat(run("image", "get", image.toString(), "/etc/motd", outDir.toString()).status()).isZero();
        assertThat(outDir.resolve("motd")).hasContent("Welcome to Strata");

        assertThat(run("image", "rm", image.toString(), "/home/user/prog.py").status()).isZero();
        assertThat(run("image", "rm", image.toString(), "/home/user/copy.py").status()).isZero();
        assertThat(run("image", "rm", image.toString(), "/home/user").status()).isZero();
        assertThat(E2fsprogs.check(image).status()).isZero();
    }

    @Test
    void getLeavesNoHalfFileFromADamagedImage() throws IOException {
        FileSystem fs = ImageFile.open(image);
        long data = fs.resolve("/etc/data.bin");
        long table = fs.volume().group(0).inodeTable();
        int slot = fs.volume().blockOffset(table) + (int) (data - 1) * fs.volume().superblock().inodeSize();
        byte[] bytes = Files.readAllBytes(image);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(slot + 40 + 4, 999_999);
        Files.write(image, bytes);
        Path out = temp.resolve("data.bin");

        Result result = run("image", "get", image.toString(), "/etc/data.bin", out.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("strata image: " + image
                + ": corrupt file system: block 999999 is outside the file system (blocks 1 to 1023)\n");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1024", "4096"})
    void listsAndReadsWhatMke2fsMakes(String blockSize) throws IOException {
        E2fsprogs.require();
        Path made = temp.resolve("mke2fs.img");
        E2fsprogs.mke2fs(made, tree, "4M", "-b", blockSize, "-E", "root_owner=0:0").assertSuccess();
        Files.setLastModifiedTime(made, FileTime.fromMillis(0));

        assertThat(run("image", "ls", made.toString()).text()).isEqualTo("etc\nhome\nlost+found\nmotd\nrun.sh\n");
        List<String> lines = run("image", "ls", "-l", made.toString(), "/etc").text().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("-rw-r--r-- 1 0 0 5000 ").endsWith(" data.bin");
        assertThat(lines.get(1)).startsWith("-rw-r--r-- 1 0 0   18 ").endsWith(" motd");
        assertThat(run("image", "ls", "-l", made.toString(), "/motd").text()).endsWith(" motd -> etc/motd\n");
        assertThat(run("image", "cat", made.toString(), "/etc/data.bin").out()).isEqualTo(bytes(5000));
        assertThat(run("image", "cat", made.toString(), "/motd").text()).isEqualTo("Welcome to Strata\n");
    }

    @Test
    void buildRefusesWhatIsNotAFileDirectoryOrLink() throws Exception {
        Path fifo = tree.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");
        Path out = temp.resolve("fifo.img");
        Result result = run("image", "build", tree.toString(), "-o", out.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("strata image: " + out + ": " + fifo
                + ": not a file, directory or symbolic link (an image holds only those)\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void everySubcommandHasHelpAndVersion() {
        for (String sub : List.of("build", "ls", "cat", "put", "get", "rm", "mkdir")) {
            Result help = run("image", sub, "--help");
            assertThat(help.status()).isZero();
            assertThat(help.text()).startsWith("Usage: strata image " + sub);
            assertThat(run("image", sub, "--version").text()).startsWith("strata ");
        }
        assertThat(run("image").text()).contains("Commands:").contains("build").contains("mkdir");
    }

    /** One bad input: how to spoil the image (or nothing), the command, and the message after "strata image: IMG: ". */
    record Case(String name, Consumer<Edit> spoil, List<String> command, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The image's file system, for a case to spoil through it or in its bytes. */
    record Edit(FileSystem fs) {
        ByteBuffer le() {
            return ByteBuffer.wrap(fs.volume().data()).order(ByteOrder.LITTLE_ENDIAN);
        }

        int blockOffset(long block) {
            return fs.volume().blockOffset(block);
        }

        int inodeOffset(long number) {
            long table = fs.volume().group(0).inodeTable();
            return blockOffset(table) + (int) (number - 1) * fs.volume().superblock().inodeSize();
        }
    }

    static Stream<Case> badInput() {
        Consumer<Edit> none = edit -> { };
        return Stream.of(
                new Case("wrong magic", e -> e.le().putShort(1080, (short) 0x1234), List.of("ls"),
                        "not an ext2 image: no magic number 0xef53 at byte 1080 (found 0x1234)"),
                new Case("truncated", none, List.of("truncate"),
                        "the image is truncated: the file system has 1024 blocks of 1024 bytes (1048576 bytes) but the"
                                + " file holds 524288 bytes"),
                new Case("too short", none, List.of("empty"),
                        "not an ext2 image: 0 bytes is too short to hold a superblock"),
                new Case("unknown feature", e -> e.le().putInt(1024 + 96, 0x2 | 0x40), List.of("ls"),
                        "the file system uses features Strata cannot read: 0x40 (Strata reads ext2; ext3 journals"
                                + " that need recovery and ext4 are out of reach)"),
                new Case("read-only feature", e -> e.le().putInt(1024 + 100, 0x400), List.of("mkdir", "/new"),
                        "Strata can read this file system but not change it: it uses 0x400"),
                new Case("inode table outside", e -> e.le().putInt(2048 + 8, 5000), List.of("ls"),
                        "corrupt file system: group 0's descriptor places its bitmaps or inode table outside the file"
                                + " system (block bitmap 3, inode bitmap 4, inode table 5000, of 1024 blocks)"),
                new Case("directory block that loops", e -> e.le().putShort(e.blockOffset(rootBlock(e)) + 4,
                        (short) 0), List.of("ls"), "corrupt directory: directory inode 2, block 0: the entry at byte 0"
                                + " has the record length 0 (it must be a multiple of 4, at least 8, ending inside the"
                                + " block)"),
                new Case("directory loop under put", e -> e.le().putShort(e.blockOffset(rootBlock(e)) + 4,
                        (short) 0), List.of("put", "/x"), "corrupt directory: directory inode 2, block 0: the entry at"
                                + " byte 0 has the record length 0 (it must be a multiple of 4, at least 8, ending"
                                + " inside the block)"),
                new Case("directory larger than the disk", e -> e.le().putInt(e.inodeOffset(Inode.ROOT) + 4, 1 << 30),
                        List.of("ls"), "corrupt file system: directory inode 2 has the size 1073741824, not a whole"
                                + " number of blocks the file system can hold"),
                new Case("block outside", e -> e.le().putInt(e.inodeOffset(motd(e)) + 40, 99999),
                        List.of("cat", "/etc/motd"), "corrupt file system: block 99999 is outside the file system"
                                + " (blocks 1 to 1023)"),
                new Case("name too long", none, List.of("mkdir", "/" + "n".repeat(256)),
                        "/" + "n".repeat(256) + ": file name too long (256 bytes; ext2 allows 255)"),
                new Case("full disk", none, List.of("put-big", "/big"), "the file system is full: no free block"),
                new Case("missing parent", none, List.of("mkdir", "/no/such"),
                        "/no: no such file or directory"),
                new Case("not a directory", none, List.of("ls", "/etc/motd/x"), "/etc/motd: not a directory"),
                new Case("put under a file", none, List.of("put", "/etc/motd/x"),
                        "/etc/motd: not a directory"),
                new Case("symbolic link loop", e -> {
                    e.fs().symlink("/a", "b", new Attributes(0777, 0, 0, TIME), TIME);
                    e.fs().symlink("/b", "/a", new Attributes(0777, 0, 0, TIME), TIME);
                    e.fs().volume().flush(TIME);
                }, List.of("cat", "/a"), "/a: too many levels of symbolic links"),
                new Case("missing file", none, List.of("cat", "/nothing"), "/nothing: no such file or directory"),
                new Case("cat a directory", none, List.of("cat", "/etc"), "/etc: is a directory"),
                new Case("rm a full directory", none, List.of("rm", "/etc"), "/etc: directory not empty"),
                new Case("rm the root", none, List.of("rm", "/"), "/: is the root directory"),
                new Case("mkdir over a file", none, List.of("mkdir", "/run.sh"), "/run.sh: file exists"));
    }

    private static long rootBlock(Edit edit) {
        return edit.fs().inode(Inode.ROOT).pointer(0);
    }

    private static long motd(Edit edit) {
        return edit.fs().resolve("/etc/motd");
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsOneLineAndChangesNothing(Case bad) throws IOException {
        Path small = temp.resolve("small.img");
        assertThat(run("image", "build", tree.toString(), "-o", small.toString(), "--size", "1M").status()).isZero();
        FileSystem fs = ImageFile.open(small);
        bad.spoil().accept(new Edit(fs));
        byte[] bytes = fs.volume().data();
        String verb = bad.command().get(0);
        if (verb.equals("truncate")) {
            bytes = Arrays.copyOf(bytes, bytes.length / 2);
        } else if (verb.equals("empty")) {
            bytes = new byte[0];
        }
        Files.write(small, bytes);
        Path big = Files.write(temp.resolve("big"), new byte[2 << 20]);
        List<String> args = switch (verb) {
            case "truncate", "empty" -> List.of("image", "ls", small.toString());
            case "put" -> List.of("image", "put", small.toString(), tree.resolve("run.sh").toString(),
                    bad.command().get(1));
            case "put-big" -> List.of("image", "put", small.toString(), big.toString(), bad.command().get(1));
            default -> Stream.concat(Stream.of("image", verb, small.toString()), bad.command().stream().skip(1))
                    .toList();
        };

        Result result = run(args.toArray(String[]::new));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("strata image: " + small + ": " + bad.message() + "\n");
        assertThat(Files.readAllBytes(small)).isEqualTo(bytes);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void hostFilesThatCannotBeWrittenAreNamed() throws IOException {
        Path missingDirectory = temp.resolve("no/such/out.txt");
        Result result = run("image", "get", image.toString(), "/etc/motd", missingDirectory.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("strata image: " + image + ": " + missingDirectory
                + ": cannot write it (no such directory)\n");
        Result put = run("image", "put", image.toString(), temp.resolve("absent").toString(), "/x");
        assertThat(put.err()).isEqualTo("strata image: " + image + ": " + temp.resolve("absent") + ": no such file\n");
    }

    @Test
    void aMissingImageOrTreeIsNamed() {
        Path missing = temp.resolve("missing.img");
        assertThat(run("image", "ls", missing.toString()).err())
                .isEqualTo("strata image: " + missing + ": no such file\n");
        Result build = run("image", "build", temp.resolve("nope").toString(), "-o", missing.toString());
        assertThat(build.status()).isEqualTo(1);
        assertThat(build.err())
                .isEqualTo("strata image: " + missing + ": " + temp.resolve("nope") + ": not a directory\n");
        assertThat(missing).doesNotExist();
        assertThat(run("image", "build", tree.toString(), "-o", missing.toString(), "--block-size", "2048").err())
                .isEqualTo("strata image: " + missing + ": the block size must be 1024 or 4096, not 2048\n");
        assertThat(run("image", "build", tree.toString(), "-o", missing.toString(), "--size", "12Q").err())
                .isEqualTo("strata image: " + missing + ": '12Q' is not a size (bytes, or a number followed by K, M"
                        + " or G)\n");
        assertThat(run("image", "build", tree.toString(), "-o", missing.toString(), "--size", "40K").err())
                .startsWith("strata image: " + missing + ": 40960 bytes is too small for a file system");
    }

    private static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            System.out.flush();
            System.err.flush();
            return new Result(status, stdout.toByteArray(), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
