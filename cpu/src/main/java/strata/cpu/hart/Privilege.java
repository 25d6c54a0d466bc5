package strata.cpu.hart;

/** The privilege modes a hart implements, with their encodings in mstatus.MPP and CSR numbers. */
public enum Privilege {
    USER(0),
    SUPERVISOR(1),
    MACHINE(3);

    private final int level;

    Privilege(int level) {
        this.level = level;
    }

    /** The two-bit encoding: 0 for U, 1 for S, 3 for M. */
    public int level() {
        return level;
    }

    /** The mode encoded as {@code level}; 2 (the hypervisor's encoding) is not implemented. */
    public static Privilege of(int level) {
        return switch (level) {
            case 0 -> USER;
            case 1 -> SUPERVISOR;
            case 3 -> MACHINE;
            default -> throw new IllegalArgumentException("no privilege mode " + level);
        };
    }

    /** The single letter used in docs and the TUI: U, S, M. */
    public char letter() {
        return name().charAt(0);
    }
}
