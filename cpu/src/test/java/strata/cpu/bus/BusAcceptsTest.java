package strata.cpu.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An access of a width the device refuses fails, as QEMU's memory core rejects it. */
class BusAcceptsTest {
    private final List<String> accesses = new ArrayList<>();
    private final Bus bus = new Bus();

    BusAcceptsTest() {
        bus.map(0x1000, new Device() {
            @Override
            public String name() {
                return "words";
            }

            @Override
            public int size() {
                return 16;
            }

            @Override
            public boolean accepts(int offset, int width) {
                return width == 4;
            }

            @Override
            public int read(int offset, int width) {
                accesses.add("read " + offset);
                return 0x12345678;
            }

            @Override
            public void write(int offset, int width, int value) {
                accesses.add("write " + offset);
            }
        });
    }

    @Test
    void aWordIsTaken() {
        assertThat(bus.read(0x1004, 4)).isEqualTo(0x12345678L);
        assertThat(bus.write(0x1004, 4, 1)).isTrue();
        assertThat(accesses).containsExactly("read 4", "write 4");
    }

    @Test
    void narrowerAccessesFailWithoutReachingTheDevice() {
        assertThat(bus.read(0x1004, 1)).isEqualTo(Bus.FAULT);
        assertThat(bus.read(0x1004, 2)).isEqualTo(Bus.FAULT);
        assertThat(bus.write(0x1004, 2, 1)).isFalse();
        assertThat(bus.write(0x1004, 1, 1)).isFalse();
        assertThat(accesses).isEmpty();
    }

    @Test
    void aMisalignedWordSplitIntoBytesFailsToo() {
        assertThat(bus.read(0x1002, 4)).isEqualTo(Bus.FAULT);
        assertThat(bus.write(0x1002, 4, 1)).isFalse();
        assertThat(accesses).isEmpty();
    }
}
