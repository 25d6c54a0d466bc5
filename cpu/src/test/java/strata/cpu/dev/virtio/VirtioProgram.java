package strata.cpu.dev.virtio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import strata.assembler.elf.ElfWriter;
import strata.cpu.testing.Programs;

/**
 * One of the bare-metal programs beside this class's resources that drive the virtio-mmio
 * transport and the block device directly ({@code regs.S}, {@code blk.S}, {@code event.S},
 * {@code zeroes.S}, {@code cache.S}, {@code reset.S}), and what it must do in each layout: print
 * {@code NAME.legacy.out} or {@code NAME.modern.out} (what QEMU 7.2 printed) and leave the disk
 * image as {@code NAME.image.sha256} says (QEMU's image after the run), or unchanged where there
 * is no such file. A program is a {@code .S} with a {@code .legacy.out} beside it
 * ({@code driver.S} holds routines the programs include); adding one is adding its {@code .S} and
 * the files QEMU makes. Every program starts from the same image, made here: 64 KiB and 300
 * bytes, so the last sector is partial, each byte a function of its place.
 */
record VirtioProgram(String name) {
    static final int IMAGE_SIZE = 64 * 1024 + 300;

    /** Every program in every layout. */
    static Stream<Arguments> runs() {
        try (Stream<Path> files = Files.list(directory())) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".legacy.out")).sorted()
                    .map(file -> file.substring(0, file.length() - ".legacy.out".length())).toList();
            return names.stream().flatMap(name -> Stream.of(Layout.values())
                    .map(layout -> Arguments.of(new VirtioProgram(name), layout)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path directory() {
        try {
            return Path.of(VirtioProgram.class.getResource("blk.S").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The program's ELF, built by Strata's assembler and linker. */
    byte[] elf() {
        return ElfWriter.write(Programs.build(directory().resolve(name + ".S")));
    }

    /** The image every program starts from. */
    static byte[] image() {
        byte[] image = new byte[IMAGE_SIZE];
        for (int at = 0; at < image.length; at++) {
            int sector = at / 512;
            int i = at % 512;
            image[at] = (byte) (sector * 31 + i * 7 + (i >> 8));
        }
        return image;
    }

    /** A fresh copy of the starting image in {@code directory}. */
    static Path writeImage(Path directory) throws IOException {
        return Files.write(directory.resolve("disk.img"), image());
    }

    /** The console output QEMU printed in {@code layout}, as committed. */
    String expectedOutput(Layout layout) {
        return read(name + "." + layout.name().toLowerCase(Locale.ROOT) + ".out");
    }

    /** The SHA-256 of the image after the run on QEMU: as committed, or the starting image's. */
    String expectedImageDigest() {
        Path digest = directory().resolve(name + ".image.sha256");
        return Files.exists(digest) ? read(digest.getFileName().toString()).strip() : sha256(image());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(directory().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
