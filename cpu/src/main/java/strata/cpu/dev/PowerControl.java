package strata.cpu.dev;

/**
 * What a finisher device (sifive_test, HTIF) asks of the machine: to power off with the guest's
 * verdict, or to reset. The machine stops the harts at the end of the instruction that asked.
 */
public interface PowerControl {

    /** The guest is done: {@code passed}, or failed with {@code code}, as {@code device} reported it. */
    void powerOff(String device, boolean passed, long code);

    /** The guest asked for a system reset through {@code device}. */
    void reset(String device);
}
