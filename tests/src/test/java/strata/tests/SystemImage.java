package strata.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import strata.images.DefaultImage;
import strata.images.ImageFile;

/**
 * The default image as the build makes it (images/rootfs and what os/ built), made afresh for a
 * test in its own directory, and the kernel in it, copied out for QEMU's {@code -kernel}.
 */
record SystemImage(Path image, Path kernel) {
    /** The repository, where surefire says it is. */
    static final Path ROOT = Path.of(System.getProperty("strata.root", ".."));
    /** The default image's fixed time (images/pom.xml: strata.image.mtime). */
    private static final long TIME = 1_767_225_600L;

    /** A fresh default image and its kernel in {@code directory}. */
    static SystemImage in(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path image = directory.resolve("strata.img");
        Path osTarget = ROOT.resolve("os/target");
        if (!Files.exists(osTarget.resolve("kernel.elf"))) {
            throw new IllegalStateException("the build makes os/target/kernel.elf before these tests run");
        }
        ImageFile.write(image, DefaultImage.build(ROOT.resolve("images/rootfs"), osTarget, TIME));
        Path kernel = Files.write(directory.resolve("kernel.elf"), ImageFile.readFile(image, DefaultImage.KERNEL));
        return new SystemImage(image, kernel);
    }
}
