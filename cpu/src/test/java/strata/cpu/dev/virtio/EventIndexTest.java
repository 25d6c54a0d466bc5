package strata.cpu.dev.virtio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VIRTIO_F_EVENT_IDX: the device interrupts when the used index passes the driver's used_event
 * (and on the first buffer after a reset), ignores NO_INTERRUPT, and keeps avail_event at the
 * next entry it will take. event.S checks the same against QEMU.
 */
class EventIndexTest {
    private static final long USED_EVENT = TestDriver.AVAIL + 4 + 2 * TestDriver.QUEUE_SIZE;
    private static final long AVAIL_EVENT = TestDriver.USED + 4 + 8 * TestDriver.QUEUE_SIZE;

    @TempDir
    Path directory;
    private DiskImage disk;
    private TestDriver driver;

    @BeforeEach
    void start() throws IOException {
        disk = OverlayDisk.open(Images.file(directory, 4096));
        driver = new TestDriver(Layout.MODERN, disk).start(true);
    }

    @AfterEach
    void close() throws IOException {
        disk.close();
    }

    /** A flush; true if it left the used-buffer interrupt, which is then acknowledged. */
    private boolean flushInterrupts() {
        driver.request(BlockDevice.T_FLUSH, 0, 0);
        int status = driver.read(VirtioMmio.INTERRUPT_STATUS);
        driver.write(VirtioMmio.INTERRUPT_ACK, status);
        return status == VirtioMmio.USED_BUFFER;
    }

    @Test
    void theDriverAgreedToIt() {
        assertThat(driver.device.negotiated() & VirtioMmio.F_EVENT_IDX).isNotZero();
    }

    @Test
    void theInterruptComesWhenTheUsedIndexPassesUsedEvent() {
        driver.putShort(USED_EVENT, 2);
        assertThat(flushInterrupts()).as("the first since the reset").isTrue();
        assertThat(flushInterrupts()).as("used index 2, not past used_event 2").isFalse();
        assertThat(flushInterrupts()).as("used index 3").isTrue();
        assertThat(flushInterrupts()).isFalse();
        driver.putShort(USED_EVENT, 3);
        assertThat(flushInterrupts()).as("used_event behind").isFalse();
    }

    @Test
    void noInterruptMeansNothing() {
        driver.putShort(TestDriver.AVAIL, 1);
        driver.putShort(USED_EVENT, 0);
        assertThat(flushInterrupts()).isTrue();
        driver.putShort(USED_EVENT, 1);
        assertThat(flushInterrupts()).isTrue();
    }

    @Test
    void availEventIsTheNextEntryToTake() {
        for (int n = 1; n <= 3; n++) {
            driver.request(BlockDevice.T_FLUSH, 0, 0);
            byte[] event = driver.get(AVAIL_EVENT, 2);
            assertThat(event[0] & 0xff | (event[1] & 0xff) << 8).isEqualTo(n);
        }
    }

    @Test
    void aResetMakesTheNextInterruptTheFirst() {
        driver.putShort(USED_EVENT, 100);
        assertThat(flushInterrupts()).isTrue();
        assertThat(flushInterrupts()).isFalse();
        driver.start(true);
        driver.putShort(USED_EVENT, 100);
        assertThat(flushInterrupts()).isTrue();
    }

    @Test
    void withoutItUsedEventMeansNothing() {
        driver.start(false);
        driver.putShort(USED_EVENT, 100);
        assertThat(flushInterrupts()).isTrue();
        assertThat(flushInterrupts()).isTrue();
    }
}
