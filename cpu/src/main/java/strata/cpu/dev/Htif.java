package strata.cpu.dev;

import java.util.function.IntConsumer;
import strata.cpu.bus.Device;

/**
 * The host-target interface of Spike and of QEMU's spike machine: the 64-bit words
 * {@code tohost} and {@code fromhost}, at the addresses of the ELF symbols of those names, taken
 * over from RAM by this device. Test programs of the {@code riscv-tests} kind end through it.
 *
 * <p>As QEMU's {@code riscv_htif.c} does: the low word of {@code tohost} is latched when
 * {@code tohost} is 0, and the write of the high word hands the command over. Device 0, command 0
 * with bit 0 set is the exit ({@code code = payload >> 1}, 0 meaning pass); device 1, command 1
 * prints the low byte on the console. Each handled command clears {@code tohost} and answers in
 * {@code fromhost}. The proxied system calls of device 0 (an even payload) and console input
 * (device 1, command 0) are not provided: QEMU 7.2 does not provide them either.
 */
public final class Htif implements Device {
    private static final int DEVICE_SHIFT = 56;
    private static final int COMMAND_SHIFT = 48;
    private static final long PAYLOAD_MASK = (1L << COMMAND_SHIFT) - 1;
    private static final int SYSTEM = 0, CONSOLE = 1;
    private static final int CONSOLE_GET = 0, CONSOLE_PUT = 1;

    private final long base;
    private final int size;
    private final int tohostOffset;
    private final int fromhostOffset;
    private final PowerControl power;
    private final IntConsumer console;
    private long tohost;
    private long fromhost;
    private boolean tohostLatched;

    /**
     * An HTIF at {@code tohost} (an address) and {@code fromhost} (an address, or -1 when the
     * program has no such symbol); its window spans both words.
     */
    public Htif(long tohost, long fromhost, PowerControl power, IntConsumer console) {
        long to = tohost;
        long from = fromhost < 0 ? tohost : fromhost;
        this.base = Math.min(to, from);
        this.size = (int) (Math.max(to, from) + 8 - base);
        this.tohostOffset = (int) (to - base);
        this.fromhostOffset = fromhost < 0 ? -1 : (int) (from - base);
        this.power = power;
        this.console = console;
    }

    /** The physical address the device's window starts at. */
    public long base() {
        return base;
    }

    @Override
    public String name() {
        return "htif";
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int read(int offset, int width) {
        long value;
        if (offset == tohostOffset || offset == tohostOffset + 4) {
            value = offset == tohostOffset ? tohost : tohost >>> 32;
        } else if (fromhostOffset >= 0 && (offset == fromhostOffset || offset == fromhostOffset + 4)) {
            value = offset == fromhostOffset ? fromhost : fromhost >>> 32;
        } else {
            return 0;
        }
        return width == 4 ? (int) value : (int) value & (1 << 8 * width) - 1;
    }

    @Override
    public void write(int offset, int width, int value) {
        long word = Integer.toUnsignedLong(value);
        if (offset == tohostOffset) {
            tohostLatched = tohost == 0;
            if (tohostLatched) {
                tohost = word;
            }
        } else if (offset == tohostOffset + 4) {
            if (tohostLatched) {
                tohost |= word << 32;
                command(tohost);
            }
        } else if (offset == fromhostOffset) {
            fromhost = word;
        } else if (fromhostOffset >= 0 && offset == fromhostOffset + 4) {
            fromhost |= word << 32;
        }
    }

    private void command(long written) {
        int device = (int) (written >>> DEVICE_SHIFT);
        int command = (int) (written >>> COMMAND_SHIFT) & 0xff;
        long payload = written & PAYLOAD_MASK;
        int response = 0;
        if (device == SYSTEM && command == 0 && (payload & 1) != 0) {
            long code = payload >>> 1;
            power.powerOff(name(), code == 0, code);
        } else if (device == CONSOLE && command == CONSOLE_GET) {
            tohost = 0;
            return;
        } else if (device == CONSOLE && command == CONSOLE_PUT) {
            console.accept((int) payload & 0xff);
            response = 0x100 | (int) payload & 0xff;
        }
        fromhost = written >>> COMMAND_SHIFT << COMMAND_SHIFT | response;
        tohost = 0;
    }
}
