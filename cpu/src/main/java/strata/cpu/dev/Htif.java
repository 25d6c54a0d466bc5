package strata.cpu.dev;

import java.util.function.IntConsumer;
import strata.cpu.bus.Bus;
import strata.cpu.bus.MemoryWatcher;

/**
 * The host-target interface of Spike and of QEMU's spike machine: the 64-bit words
 * {@code tohost} and {@code fromhost} in RAM, at the addresses of the ELF symbols of those
 * names. Test programs of the {@code riscv-tests} kind end through it.
 *
 * <p>The HTIF watches the page of {@code tohost}, so it sees every write there as it happens, and
 * acts as QEMU's {@code riscv_htif.c} does: the low word is taken when no command is pending, and
 * the write of the high word hands the command over. Device 0, command 0 with bit 0 set is the
 * exit ({@code code = payload >> 1}, 0 meaning pass); device 1, command 1 prints the low byte on
 * the console. A handled command clears {@code tohost} and puts the answer in {@code fromhost}.
 * The proxied system calls of device 0 (an even payload) and console input (device 1, command
 * 0) are not provided; QEMU 7.2 does not provide them either.
 *
 * <p>Unlike QEMU's, whose {@code tohost} is a device register, the words stay RAM: a guest that
 * writes the low word again while a command is pending reads its own write back, where QEMU
 * would show the pending command. Either way the pending command is then never handed over.
 */
public final class Htif implements MemoryWatcher {
    private static final int DEVICE_SHIFT = 56;
    private static final int COMMAND_SHIFT = 48;
    private static final long PAYLOAD_MASK = (1L << COMMAND_SHIFT) - 1;
    private static final int SYSTEM = 0, CONSOLE = 1;
    private static final int CONSOLE_GET = 0, CONSOLE_PUT = 1;

    private final Bus bus;
    private final long tohost;
    private final long fromhost;
    private final PowerControl power;
    private final IntConsumer console;
    /** The command being handed over (QEMU's tohost register): the low word, then all of it. */
    private long command;
    private boolean latched;
    /** The HTIF's own writes to tohost and fromhost are not the guest's. */
    private boolean writing;

    /**
     * The HTIF of a program whose {@code tohost} is at {@code tohost} and {@code fromhost} at
     * {@code fromhost} (-1 when it has none; then answers go nowhere). Starts watching the bus.
     */
    public Htif(Bus bus, long tohost, long fromhost, PowerControl power, IntConsumer console) {
        this.bus = bus;
        this.tohost = tohost;
        this.fromhost = fromhost;
        this.power = power;
        this.console = console;
        bus.addWatcher(this);
        bus.watch(tohost);
        bus.watch(tohost + 7);
    }

    /** Forgets a half-written command, as after a reset. */
    public void reset() {
        command = 0;
        latched = false;
    }

    @Override
    public void written(long address, int length) {
        if (writing) {
            return;
        }
        if (address < tohost + 4 && tohost < address + length) {
            latched = command == 0;
            if (latched) {
                command = word(tohost);
            }
        }
        if (address < tohost + 8 && tohost + 4 < address + length && latched) {
            command |= word(tohost + 4) << 32;
            handle(command);
        }
    }

    private void handle(long written) {
        int device = (int) (written >>> DEVICE_SHIFT);
        int code = (int) (written >>> COMMAND_SHIFT) & 0xff;
        long payload = written & PAYLOAD_MASK;
        int response = 0;
        command = 0;
        latched = false;
        store(tohost, 0);
        if (device == SYSTEM && code == 0 && (payload & 1) != 0) {
            long exit = payload >>> 1;
            power.powerOff("htif", exit == 0, exit);
        } else if (device == CONSOLE && code == CONSOLE_GET) {
            return;
        } else if (device == CONSOLE && code == CONSOLE_PUT) {
            console.accept((int) payload & 0xff);
            response = 0x100 | (int) payload & 0xff;
        }
        if (fromhost >= 0) {
            store(fromhost, written >>> COMMAND_SHIFT << COMMAND_SHIFT | response);
        }
    }

    private long word(long address) {
        return bus.read(address, 4) & 0xffffffffL;
    }

    private void store(long address, long value) {
        writing = true;
        bus.write(address, 4, (int) value);
        bus.write(address + 4, 4, (int) (value >>> 32));
        writing = false;
    }
}
