package strata.cpu.bus;

/**
 * Someone who keeps derived copies of RAM contents (a hart's decoded instructions) and must
 * hear about writes to the pages it watches, whoever makes them: a hart's store, a device's DMA,
 * the loader, a debugger. A hart's translation cache listens too: it must stop writing a page
 * directly (past the {@link Bus}) once the page is watched.
 */
public interface MemoryWatcher {

    /** Bytes {@code [address, address + length)} of a watched page were written. */
    default void written(long address, int length) {
    }

    /** The RAM page at {@code pageAddress} is now watched: writes to it must go through the bus. */
    default void watched(long pageAddress) {
    }
}
