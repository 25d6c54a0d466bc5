package strata.os.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import strata.os.build.OsBuild;
import strata.testkit.Programs;
import strata.testkit.Qemu;
import strata.testkit.Run;

/**
 * The user programs as the build leaves them ({@code target/rootfs/bin/NAME}, {@code
 * target/rootfs/sbin/init}), and what the tests of them share: the tree of files each case starts
 * from, wrappers that let a program started under {@code qemu-riscv32} start the others, and the
 * transcript a run is compared by.
 *
 * <p>qemu-riscv32 runs one program; when that program calls execve, the host kernel runs the
 * new file, and a host without binfmt_misc for RISC-V cannot run a RISC-V ELF. So the shell's
 * PATH names a directory of wrappers, one per program, each a host script that starts the
 * program under qemu-riscv32 with its name as argv[0]: the shell, its pipes and redirections
 * and the programs are still ours, and exec'ing a wrapper is exec'ing the program.
 */
final class UserPrograms {
    static final Path ROOTFS = Path.of("target", OsBuild.ROOTFS);
    static final Path SOURCES = Path.of("user");
    static final Path RESOURCES = Path.of("src", "test", "resources", "user");
    /** Where the case files of the tree live, and how many: enough for ls to sort a real directory. */
    static final String MANY = "many";
    static final int MANY_NAMES = 150;
    /** How a transcript shows the directory a case ran in. */
    static final String ROOT = "<root>";

    private UserPrograms() {
    }

    /** The built program {@code bin/NAME} or {@code sbin/NAME}, absolute. */
    static Path program(String path) {
        Path program = ROOTFS.resolve(path).toAbsolutePath();
        assertThat(program).as("built by OsBuild").isExecutable();
        return program;
    }

    /** qemu-riscv32 as a path, so a wrapper finds it whatever PATH its caller gives it. */
    static String qemu() {
        Qemu.requireUser();
        for (String directory : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(directory, Qemu.USER);
            if (!directory.isEmpty() && Files.isExecutable(candidate)) {
                return candidate.toAbsolutePath().toString();
            }
        }
        throw new AssertionError(Qemu.USER + " is installed but not found");
    }

    /** Whether the host's coreutils are GNU's, the reference for the utilities' messages. */
    static boolean gnuCoreutils() {
        if (!Programs.installed("ls")) {
            return false;
        }
        Run version = strata.testkit.Command.of("ls", "--version").run();
        return version.succeeded() && version.stdout().contains("GNU coreutils");
    }

    /**
     * The tree each case starts from: files with and without contents, a hidden file, nested
     * directories, a file where a directory could be expected, and a directory of MANY_NAMES
     * names mixing upper and lower case, digits, punctuation and leading dots.
     */
    static void makeTree(Path root) {
        write(root.resolve("f"), "abc\n");
        write(root.resolve(".hidden"), "");
        write(root.resolve("d/x"), "x\n");
        write(root.resolve("d/.y"), "");
        write(root.resolve("d/e/y"), "y\n");
        write(root.resolve("q/f"), "q\n");
        String[] starts = {"a", "B", "_", "Z", ".h", "z-", "0", "b.", "A~"};
        for (int i = 0; i < MANY_NAMES; i++) {
            write(root.resolve(MANY).resolve(starts[i % starts.length] + (i * 7919) % 1000), "");
        }
    }

    /** Every path under root, sorted, directories ending in "/"; below MANY only the directory itself. */
    static String tree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            StringBuilder text = new StringBuilder();
            paths.filter(p -> !p.equals(root))
                    .filter(p -> !(p.getParent().endsWith(MANY) && p.getParent().getParent().equals(root)))
                    .map(p -> root.relativize(p) + (Files.isDirectory(p) ? "/" : ""))
                    .sorted()
                    .forEach(p -> text.append(p).append('\n'));
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A directory of wrappers, one for each program in rootfs/bin. */
    static Path wrappers(Path directory) {
        return wrappers(directory, "bin");
    }

    /** A directory of wrappers, one for each program in these directories of rootfs (by name). */
    static Path wrappers(Path directory, String... folders) {
        String qemu = qemu();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String folder : folders) {
            wrap(directory, qemu, folder);
        }
        return directory;
    }

    private static void wrap(Path directory, String qemu, String folder) {
        try (Stream<Path> programs = Files.list(ROOTFS.resolve(folder))) {
            for (Path program : programs.sorted().toList()) {
                String name = program.getFileName().toString();
                Path wrapper = directory.resolve(name);
                Files.writeString(wrapper, "#!/bin/sh\nexec " + qemu + " -0 " + name + " "
                        + program.toAbsolutePath() + " \"$@\"\n");
                assertThat(wrapper.toFile().setExecutable(true)).isTrue();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a run showed: its output, its messages, its status, and the tree it left; the case's
     * directory, wherever the run printed it (pwd), reads {@value #ROOT}.
     */
    static String transcript(String command, Run run, Path root) {
        String where;
        try {
            where = root.toRealPath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "$ " + command + "\n" + run.stdout().replace(where, ROOT) + "--- stderr\n"
                + run.stderr().replace(where, ROOT) + "--- status " + run.status() + "\n--- tree\n" + tree(root);
    }

    /** The case files with this extension under RESOURCES/folder, sorted. */
    static List<Path> cases(String folder, String extension) {
        try (Stream<Path> files = Files.list(RESOURCES.resolve(folder))) {
            return files.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code file} with its extension replaced. */
    static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] readIfExists(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of a one-line command: split at spaces (the cases need no quoting). */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String word : line.strip().split(" +")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static boolean regenerate() {
        return Boolean.getBoolean("strata.regenerate");
    }
}
