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
import java.util.Locale;
import strata.assembler.elf.ElfWriter;
import strata.cpu.testing.Programs;

/**
 * The bare-metal program {@code blk.S}, which drives the block device directly, and what it must
 * do: print {@code blk.legacy.out} or {@code blk.modern.out} (what QEMU 7.2 printed in that
 * layout) and leave the disk image as {@code blk.image.sha256} says (QEMU's image after the run,
 * the same in both layouts). The image it starts from is made here: 64 KiB and 300 bytes, so the
 * last sector is partial, each byte a function of its place.
 */
final class BlockProgram {
    static final int IMAGE_SIZE = 64 * 1024 + 300;

    private BlockProgram() {
    }

    static Path directory() {
        try {
            return Path.of(BlockProgram.class.getResource("blk.S").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The program's ELF, built by Strata's assembler and linker. */
    static byte[] elf() {
        return ElfWriter.write(Programs.build(directory().resolve("blk.S")));
    }

    /** The image the program starts from. */
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
    static String expectedOutput(Layout layout) {
        return read("blk." + layout.name().toLowerCase(Locale.ROOT) + ".out");
    }

    /** The SHA-256 of the image after the run on QEMU, as committed. */
    static String expectedImageDigest() {
        return read("blk.image.sha256").strip();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String name) {
        try {
            return Files.readString(directory().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
