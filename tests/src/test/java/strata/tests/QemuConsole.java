package strata.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference: {@code qemu-system-riscv32 -machine virt} booting the same kernel with the same
 * image as its first virtio-blk-device, the serial console on the process's stdin and stdout.
 */
final class QemuConsole implements Console {
    private final Process process;
    private final OutputStream keys;
    private final Transcript transcript = new Transcript();

    QemuConsole(Path kernel, Path image) {
        try {
            process = new ProcessBuilder(List.of("qemu-system-riscv32", "-machine", "virt", "-nographic", "-monitor",
                    "none", "-bios", "none", "-kernel", kernel.toString(),
                    "-drive", "file=" + image + ",format=raw,if=none,id=hd0", "-device", "virtio-blk-device,drive=hd0"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keys = process.getOutputStream();
        Thread reader = new Thread(() -> copy(process.getInputStream()), "qemu-console");
        reader.setDaemon(true);
        reader.start();
    }

    private void copy(InputStream in) {
        byte[] buffer = new byte[4096];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                transcript.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // QEMU went away: the transcript ends here.
        } finally {
            transcript.end();
        }
    }

    @Override
    public void type(String text) {
        try {
            keys.write(text.getBytes(StandardCharsets.ISO_8859_1));
            keys.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("QEMU no longer reads its console", e);
        }
    }

    @Override
    public boolean awaitEndsWith(int from, String suffix, Duration patience) throws InterruptedException {
        return transcript.awaitEndsWith(from, suffix.getBytes(StandardCharsets.ISO_8859_1), patience.toNanos());
    }

    @Override
    public Integer awaitPowerOff(Duration patience) throws InterruptedException {
        return process.waitFor(patience.toNanos(), TimeUnit.NANOSECONDS) ? process.exitValue() : null;
    }

    @Override
    public byte[] output() {
        return transcript.bytes();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
