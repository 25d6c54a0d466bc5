package strata.cpu.dev;

/**
 * A level-triggered interrupt wire from a device to whatever it is wired to: a PLIC source, or a
 * bit of a hart's {@code mip} (MEIP and SEIP from the PLIC, MTIP and MSIP from the CLINT).
 */
@FunctionalInterface
public interface InterruptLine {

    /** Drives the line high (pending) or low. */
    void set(boolean level);

    /** A line wired to nothing. */
    InterruptLine NONE = level -> { };
}
