package strata.cpu.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The physical address space: RAM, ROM, devices, splitting, faults, watchers and stop requests. */
class BusTest {

    /** A device that records its accesses and answers reads with offset * 0x01010101. */
    private static final class Recorder implements Device {
        final List<String> accesses = new ArrayList<>();

        @Override
        public String name() {
            return "recorder";
        }

        @Override
        public int size() {
            return 0x100;
        }

        @Override
        public int read(int offset, int width) {
            accesses.add("r" + width + "@" + offset);
            return offset * 0x01010101;
        }

        @Override
        public void write(int offset, int width, int value) {
            accesses.add("w" + width + "@" + offset + "=" + Integer.toHexString(value));
        }
    }

    private static Bus bus() {
        Bus bus = new Bus();
        bus.addRam(0x80000000L, 8192);
        bus.addRom(0x1000, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        return bus;
    }

    @Test
    void ramIsLittleEndianAndReadsZeroExtended() {
        Bus bus = bus();
        assertThat(bus.write(0x80000000L, 4, 0xf1f2f3f4)).isTrue();
        assertThat(bus.read(0x80000000L, 4)).isEqualTo(0xf1f2f3f4L);
        assertThat(bus.read(0x80000001L, 2)).isEqualTo(0xf2f3L);
        assertThat(bus.read(0x80000003L, 1)).isEqualTo(0xf1L);
        assertThat(bus.read(0x80000002L, 4)).isEqualTo(0x0000f1f2L);
    }

    @Test
    void romIsReadableAndIgnoresWrites() {
        Bus bus = bus();
        assertThat(bus.read(0x1000, 4)).isEqualTo(0x04030201L);
        assertThat(bus.write(0x1000, 4, -1)).isTrue();
        assertThat(bus.read(0x1004, 4)).isEqualTo(0x08070605L);
        assertThat(bus.read(0x1000, 4)).isEqualTo(0x04030201L);
        assertThat(bus.writeBytes(0x1004, new byte[] {9})).isTrue();
        assertThat(bus.read(0x1004, 1)).isEqualTo(9);
    }

    @Test
    void nothingAtAnAddressIsAFault() {
        Bus bus = bus();
        assertThat(bus.read(0x0, 4)).isEqualTo(Bus.FAULT);
        assertThat(bus.write(0x0, 1, 0)).isFalse();
        assertThat(bus.read(0x80000000L + 8190, 4)).as("past the end of RAM").isEqualTo(Bus.FAULT);
        assertThat(bus.write(0x80000000L + 8191, 2, 0)).isFalse();
        assertThat(bus.read(0x80000000L + 8191, 1)).isZero();
        assertThat(bus.read(0x3_0000_0000L, 4)).isEqualTo(Bus.FAULT);
        assertThat(bus.readBytes(0x0, 4)).isNull();
        assertThat(bus.writeBytes(0x0, new byte[4])).isFalse();
    }

    @Test
    void devicesSeeOffsetsAndAlignedAccessesAndMisalignedOnesAreSplit() {
        Bus bus = bus();
        Recorder recorder = new Recorder();
        bus.map(0x10000000L, recorder);
        assertThat(bus.read(0x10000004L, 4)).isEqualTo(0x04040404L);
        bus.write(0x10000008L, 2, 0x12345678);
        assertThat(bus.read(0x10000001L, 2)).isEqualTo(0x0201L);
        assertThat(recorder.accesses).containsExactly("r4@4", "w2@8=5678", "r1@1", "r1@2");
        assertThat(bus.deviceAccesses()).containsExactly(new Bus.DeviceAccesses("recorder", 0x10000000L, 3, 1));
    }

    @Test
    void overlappingRegionsAreRefused() {
        Bus bus = bus();
        assertThatThrownBy(() -> bus.addRom(0x80001000L, new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bus.map(0x1004, new Recorder())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bus.addRam(0x90000000L, 4096)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Bus().addRam(0x80000001L, 4096)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void watchersHearOfWritesToWatchedPagesOnly() {
        Bus bus = bus();
        List<String> heard = new ArrayList<>();
        bus.addWatcher(new MemoryWatcher() {
            @Override
            public void written(long address, int length) {
                heard.add("written " + Long.toHexString(address) + "+" + length);
            }

            @Override
            public void watched(long pageAddress) {
                heard.add("watched " + Long.toHexString(pageAddress));
            }
        });
        bus.write(0x80001000L, 4, 1);
        bus.watch(0x80001234L);
        bus.watch(0x80001000L);
        bus.watch(0x1000);
        bus.write(0x80001000L, 4, 1);
        bus.write(0x80000000L, 4, 1);
        bus.writeBytes(0x80000ffeL, new byte[4]);
        assertThat(bus.isWatched(0x80001fffL)).isTrue();
        assertThat(bus.isWatched(0x80000000L)).isFalse();
        assertThat(heard).containsExactly("watched 80001000", "written 80001000+4", "written 80001000+2");
    }

    @Test
    void aStopRequestIsHeldUntilCleared() {
        Bus bus = bus();
        assertThat(bus.stopRequested()).isFalse();
        bus.requestStop("power off");
        assertThat(bus.stopRequested()).isTrue();
        assertThat(bus.stopReason()).isEqualTo("power off");
        bus.clearStop();
        assertThat(bus.stopReason()).isNull();
    }
}
