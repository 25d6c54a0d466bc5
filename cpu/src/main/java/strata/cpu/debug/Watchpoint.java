package strata.cpu.debug;

/**
 * A watchpoint: stop after an instruction of the hart reads or writes any of {@code length}
 * bytes at {@code address}, a virtual address (as the instruction names it) or a physical one
 * (where the MMU puts it). GDB's Z2, Z3 and Z4 are {@link Kind#WRITE}, {@link Kind#READ} and
 * {@link Kind#ACCESS}.
 */
public record Watchpoint(int number, Kind kind, AddressSpace space, long address, int length) {
    /** Which accesses trigger it. */
    public enum Kind {
        WRITE, READ, ACCESS;

        /** True if an access that reads ({@code write} false) or writes triggers this kind. */
        boolean triggeredBy(boolean write) {
            return this == ACCESS || (this == WRITE) == write;
        }
    }

    public Watchpoint {
        if (length <= 0) {
            throw new IllegalArgumentException("a watchpoint covers at least one byte");
        }
        address = space.normalize(address);
    }

    /** True if {@code width} bytes at {@code at} (in this watchpoint's space) touch the watched bytes. */
    boolean overlaps(long at, int width) {
        return at < address + length && address < at + width;
    }

    public String describe() {
        return String.format("watchpoint %d (%s, %s 0x%08x, %d bytes)", number, kind.name().toLowerCase(),
                space == AddressSpace.VIRTUAL ? "virtual" : "physical", address, length);
    }
}
