package strata.cpu.debug;

import strata.cpu.mmu.Access;

/** One cached translation of the hart's TLB: a virtual page and the physical page it maps to, for one kind of access. */
public record TlbEntry(Access access, int index, int virtualPage, long physicalPage) {
}
