package strata.cpu.dev;

import strata.cpu.bus.Device;

/**
 * The SiFive test finisher of QEMU's virt board: a word written at offset 0 with 0x5555 in its
 * low half powers off with status 0, 0x3333 powers off with the failure code in its high half,
 * 0x7777 resets the machine; anything else is ignored. Reads give 0. QEMU takes 2- and 4-byte
 * accesses only; a byte access faults.
 */
public final class SifiveTest implements Device {
    public static final int SIZE = 0x1000;
    public static final int FAIL = 0x3333;
    public static final int PASS = 0x5555;
    public static final int RESET = 0x7777;

    private final PowerControl power;

    public SifiveTest(PowerControl power) {
        this.power = power;
    }

    @Override
    public String name() {
        return "test";
    }

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public boolean accepts(int offset, int width) {
        return width >= 2;
    }

    @Override
    public int read(int offset, int width) {
        return 0;
    }

    @Override
    public void write(int offset, int width, int value) {
        if (offset != 0) {
            return;
        }
        int code = value >>> 16;
        switch (value & 0xffff) {
            case PASS -> power.powerOff(name(), true, 0);
            case FAIL -> power.powerOff(name(), false, code);
            case RESET -> power.reset(name());
            default -> { }
        }
    }
}
