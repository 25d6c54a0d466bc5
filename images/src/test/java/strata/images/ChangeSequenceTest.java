package strata.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import strata.images.ext2.Attributes;
import strata.images.ext2.Ext2Exception;
import strata.testkit.E2fsprogs;
import strata.testkit.Run;

/**
 * Random sequences of changes (put, mkdir, rm, symlink) on a small image, each one written to
 * the file as {@code strata image} writes it and checked by {@code e2fsck -fn}; a change that
 * fails (a full disk, a directory not empty, a missing parent) must leave the file's bytes as
 * they were. At the end, the tree debugfs copies out equals the model the test kept, with the
 * owner (root) and modes the changes gave.
 */
class ChangeSequenceTest {
    private static final int STEPS = 40;
    private static final int[] SIZES = {0, 1, 1000, 12 * 1024, 12 * 1024 + 1, 70_000, 300_000};

    @TempDir
    Path temp;

    private final Map<String, byte[]> files = new TreeMap<>();
    private final Map<String, String> links = new TreeMap<>();
    private final TreeSet<String> dirs = new TreeSet<>(List.of("", "/etc", "/etc/deeper", "/home"));

    @ParameterizedTest
    @CsvSource({"1, 1024", "2, 4096", "3, 1024"})
    void everyStepLeavesACleanImageOrAnUntouchedOne(long seed, int blockSize) throws IOException {
        E2fsprogs.require();
        Path tree = Trees.small(temp.resolve("tree"));
        files.put("/etc/motd", Files.readAllBytes(tree.resolve("etc/motd")));
        files.put("/etc/deeper/data.bin", Files.readAllBytes(tree.resolve("etc/deeper/data.bin")));
        files.put("/run.sh", Files.readAllBytes(tree.resolve("run.sh")));
        links.put("/motd", "etc/motd");
        Path image = temp.resolve("disk.img");
        Files.write(image, ImageBuilder.build(tree, 1L << 20, blockSize, Trees.TIME));
        Random random = new Random(seed);
        for (int step = 0; step < STEPS; step++) {
            byte[] before = Files.readAllBytes(image);
            String done = step(image, random, step);
            Run check = E2fsprogs.check(image);
            assertThat(check.status()).as("after " + done + ":\n" + check.stdout()).isZero();
            if (done.startsWith("refused")) {
                assertThat(Files.readAllBytes(image)).as(done).isEqualTo(before);
            }
        }
        assertImageHoldsTheModel(image);
    }

    /** One random change; returns what it did, "refused ..." if the image said no. */
    private String step(Path image, Random random, int step) {
        List<String> dirList = new ArrayList<>(dirs);
        String dir = dirList.get(random.nextInt(dirList.size()));
        String path = dir + "/f" + random.nextInt(6);
        int kind = random.nextInt(10);
        try {
            if (kind < 5) {
                byte[] content = Trees.bytes(SIZES[random.nextInt(SIZES.length)], step);
                if (dirs.contains(path) || links.containsKey(path)) {
                    return refusedPut(image, path, content);
                }
                ImageFile.update(image, Trees.TIME, fs -> fs.writeFile(path, new ByteArrayInputStream(content),
                        new Attributes(0644, 0, 0, Trees.TIME), Trees.TIME));
                files.put(path, content);
                return "put " + path + " (" + content.length + " bytes)";
            } else if (kind < 7) {
                String made = dir + "/d" + random.nextInt(3);
                ImageFile.update(image, Trees.TIME, fs -> fs.mkdir(made, new Attributes(0755, 0, 0, Trees.TIME),
                        Trees.TIME));
                dirs.add(made);
                return "mkdir " + made;
            } else if (kind < 8) {
                String link = dir + "/l" + random.nextInt(3);
                String target = random.nextBoolean() ? "short" : "long/".repeat(30);
                ImageFile.update(image, Trees.TIME, fs -> fs.symlink(link, target,
                        new Attributes(0777, 0, 0, Trees.TIME), Trees.TIME));
                links.put(link, target);
                return "symlink " + link;
            }
            List<String> all = new ArrayList<>(files.keySet());
            all.addAll(links.keySet());
            all.addAll(dirs.tailSet("/", true));
            String victim = all.get(random.nextInt(all.size()));
            ImageFile.update(image, Trees.TIME, fs -> {
                fs.remove(victim, Trees.TIME);
                return null;
            });
            files.remove(victim);
            links.remove(victim);
            dirs.remove(victim);
            return "rm " + victim;
        } catch (Ext2Exception e) {
            return "refused: " + e.getMessage();
        }
    }

    private String refusedPut(Path image, String path, byte[] content) {
        assertThatThrownBy(() -> ImageFile.update(image, Trees.TIME, fs -> fs.writeFile(path,
                new ByteArrayInputStream(content), new Attributes(0644, 0, 0, Trees.TIME), Trees.TIME)))
                .isInstanceOf(Ext2Exception.class);
        return "refused: put over " + path;
    }

    private void assertImageHoldsTheModel(Path image) throws IOException {
        Path copy = Files.createDirectories(temp.resolve("copy"));
        E2fsprogs.rdump(image, "/", copy).assertSuccess();
        Map<String, byte[]> foundFiles = new TreeMap<>();
        Map<String, String> foundLinks = new TreeMap<>();
        TreeSet<String> foundDirs = new TreeSet<>();
        try (Stream<Path> all = Files.walk(copy)) {
            for (Path path : all.toList()) {
                String name = path.equals(copy) ? "" : "/" + copy.relativize(path);
                if (name.startsWith("/lost+found")) {
                    continue;
                }
                if (Files.isSymbolicLink(path)) {
                    foundLinks.put(name, Files.readSymbolicLink(path).toString());
                    continue;
                }
                assertThat(Files.getAttribute(path, "unix:uid")).as(name).isEqualTo(0);
                if (Files.isDirectory(path)) {
                    foundDirs.add(name);
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(name)
                            .isEqualTo("rwxr-xr-x");
                } else {
                    foundFiles.put(name, Files.readAllBytes(path));
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(name)
                            .isEqualTo(name.equals("/run.sh") ? "rwxr-xr-x" : "rw-r--r--");
                }
            }
        }
        assertThat(foundDirs).isEqualTo(dirs);
        assertThat(foundLinks).isEqualTo(links);
        assertThat(foundFiles.keySet()).isEqualTo(files.keySet());
        for (String name : files.keySet()) {
            assertThat(foundFiles.get(name)).as(name).isEqualTo(files.get(name));
        }
    }
}
