package strata.cpu.mmu;

import java.util.Arrays;

/**
 * The translations of one context (privilege, SUM and MXR, or bare), as three direct-mapped
 * arrays the interpreter reads inline: one each for fetches, loads and stores. Entry {@code i}
 * holds pages whose number is {@code i} modulo {@link #ENTRIES}.
 *
 * <p>A tag is the virtual address of a page (low 12 bits zero) or {@link #INVALID}; the offset
 * added to a virtual address gives its index in the RAM array. An entry is inserted only after
 * the permission check passed and only for RAM, so a tag match is the whole check; a store
 * entry only once the page's D bit is set and while nobody watches the page. Because the low
 * bits of a tag are zero, comparing it with the address masked by {@code ~0xfff | (width - 1)}
 * also sends every misaligned access to the slow path.
 */
public final class Tlb {
    public static final int ENTRIES = 256;
    public static final int MASK = ENTRIES - 1;
    /** A tag no address can match. */
    public static final int INVALID = -1;

    public final int[] fetchTag = new int[ENTRIES];
    public final int[] fetchOffset = new int[ENTRIES];
    public final int[] loadTag = new int[ENTRIES];
    public final int[] loadOffset = new int[ENTRIES];
    public final int[] storeTag = new int[ENTRIES];
    public final int[] storeOffset = new int[ENTRIES];
    /** True if an entry came from a 4 MiB superpage since the last flush. */
    private boolean superpages;

    Tlb() {
        flush();
    }

    /** The entry index of the page holding virtual address {@code va}. */
    public static int index(int va) {
        return (va >>> 12) & MASK;
    }

    void insert(Access access, int va, int ramOffset, boolean superpage) {
        int i = index(va);
        int page = va & ~0xfff;
        int offset = (ramOffset & ~0xfff) - page;
        switch (access) {
            case FETCH -> set(fetchTag, fetchOffset, i, page, offset);
            case LOAD -> set(loadTag, loadOffset, i, page, offset);
            case STORE -> set(storeTag, storeOffset, i, page, offset);
        }
        superpages |= superpage;
    }

    private static void set(int[] tags, int[] offsets, int i, int page, int offset) {
        tags[i] = page;
        offsets[i] = offset;
    }

    void flush() {
        Arrays.fill(fetchTag, INVALID);
        Arrays.fill(loadTag, INVALID);
        Arrays.fill(storeTag, INVALID);
        superpages = false;
    }

    /** Drops the translations of the page holding {@code va}; all of them if superpages are cached. */
    void flushPage(int va) {
        if (superpages) {
            flush();
            return;
        }
        int i = index(va);
        int page = va & ~0xfff;
        for (int[] tags : new int[][] {fetchTag, loadTag, storeTag}) {
            if (tags[i] == page) {
                tags[i] = INVALID;
            }
        }
    }

    /** Drops every store entry that writes the RAM page at {@code ramOffset}. */
    void dropStores(int ramOffset) {
        for (int i = 0; i < ENTRIES; i++) {
            if (storeTag[i] != INVALID && storeTag[i] + storeOffset[i] == ramOffset) {
                storeTag[i] = INVALID;
            }
        }
    }
}
