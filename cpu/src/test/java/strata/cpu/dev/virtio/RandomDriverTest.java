package strata.cpu.dev.virtio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A driver that does everything wrong, at random: register writes of any width to any offset,
 * descriptors with random addresses, lengths, flags and links, random ring indices, notifies at
 * any time. The device never throws, and once it has stopped on a driver error it uses no more
 * buffers until it is reset. The seeds are fixed, so a failure repeats.
 */
class RandomDriverTest {
    private static final int ROUNDS = 20_000;
    private static final int[] REGISTERS = {
        VirtioMmio.DEVICE_FEATURES_SEL, VirtioMmio.DRIVER_FEATURES, VirtioMmio.DRIVER_FEATURES_SEL,
        VirtioMmio.GUEST_PAGE_SIZE, VirtioMmio.QUEUE_SEL, VirtioMmio.QUEUE_NUM, VirtioMmio.QUEUE_ALIGN,
        VirtioMmio.QUEUE_PFN, VirtioMmio.QUEUE_READY, VirtioMmio.QUEUE_NOTIFY, VirtioMmio.INTERRUPT_ACK,
        VirtioMmio.STATUS, VirtioMmio.QUEUE_DESC_LOW, VirtioMmio.QUEUE_DESC_HIGH, VirtioMmio.QUEUE_DRIVER_LOW,
        VirtioMmio.QUEUE_DRIVER_HIGH, VirtioMmio.QUEUE_DEVICE_LOW, VirtioMmio.QUEUE_DEVICE_HIGH,
    };

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(Layout.class)
    void nothingThrows(Layout layout) throws IOException {
        Random random = new Random(layout.version() * 7919L);
        try (DiskImage disk = WriteThroughDisk.open(Images.file(directory, 16 * 512 + 3))) {
            TestDriver driver = new TestDriver(layout, disk).start();
            int stoppedAt = -1;
            int errors = 0;
            for (int round = 0; round < ROUNDS; round++) {
                step(driver, random);
                if (driver.device.error() == null) {
                    stoppedAt = -1;
                } else if (stoppedAt < 0) {
                    stoppedAt = driver.usedIndex();
                    errors++;
                } else {
                    assertThat(driver.usedIndex()).as("round %d", round).isEqualTo(stoppedAt);
                }
            }
            assertThat(errors).as("the driver errs now and then").isGreaterThan(100);
        }
    }

    private static void step(TestDriver driver, Random random) {
        switch (random.nextInt(10)) {
            case 0 -> driver.start(random.nextBoolean());
            case 1 -> driver.device.write(random.nextInt(VirtioMmio.SIZE), 1 << random.nextInt(3), random.nextInt());
            case 2 -> driver.write(REGISTERS[random.nextInt(REGISTERS.length)], smallOrAny(random));
            case 3 -> driver.device.read(random.nextInt(VirtioMmio.SIZE), 1 << random.nextInt(3));
            case 4 -> driver.putShort(TestDriver.AVAIL + 2, random.nextInt(1 << 16));
            case 5 -> driver.putShort(TestDriver.AVAIL + 4 + 2L * random.nextInt(TestDriver.QUEUE_SIZE),
                    random.nextInt(12));
            default -> {
                driver.descriptor(random.nextInt(TestDriver.QUEUE_SIZE), address(random), smallOrAny(random),
                        random.nextInt(8), random.nextInt(12));
                if (random.nextBoolean()) {
                    driver.header(random.nextInt(16), random.nextInt(24) - 4);
                }
                driver.notifyQueue();
            }
        }
    }

    /** Mostly a buffer in the test's RAM, sometimes anywhere. */
    private static long address(Random random) {
        return random.nextInt(4) == 0 ? random.nextLong() : TestDriver.HEADER + random.nextInt(0x20000);
    }

    private static int smallOrAny(Random random) {
        return random.nextBoolean() ? random.nextInt(1100) : random.nextInt();
    }
}
