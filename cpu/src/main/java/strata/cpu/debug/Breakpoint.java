package strata.cpu.debug;

/** A breakpoint: stop before the hart executes the instruction at virtual {@code address}. */
public record Breakpoint(int number, int address) {
}
