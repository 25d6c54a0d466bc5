package strata.cpu.hart;

import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import strata.assembler.isa.Csr;

/**
 * The control and status registers: which exist, who may access them and what a write keeps.
 * One table row per CSR (number, read, write, an extra access condition where the specification
 * has one); numbers come from the toolchain's {@link Csr} table.
 *
 * <p>Access rules for a CSR instruction: an unimplemented number, a privilege below the one in
 * bits 9:8 of the number, a write to a read-only CSR (bits 11:10 = 3), or a failed extra
 * condition (counter-enable bits for the counters, mstatus.TVM for satp in S-mode) raise an
 * illegal-instruction exception. WARL fields keep only legal values; where a choice was left to
 * the implementation, QEMU 7.2's is taken unless noted in docs/machine.md ("The hart").
 */
public final class Csrs {
    /** What {@link #execute} returns when the access raises an illegal-instruction exception. */
    public static final long ILLEGAL = -1L;

    /** The exceptions medeleg can delegate: all but the ecall from M-mode (which never reaches S) and reserved codes. */
    static final int DELEGABLE_EXCEPTIONS = 0xb3ff;
    private static final int MTVEC_MODES = 2;
    private static final int PMP_LOCK = 0x80;
    private static final int PMP_TOR = 0x08;
    private static final int PMP_A = 0x18;
    private static final int ENVCFG_FIOM = 1;

    /** The operation of a CSR instruction: csrrw/csrrwi, csrrs/csrrsi, csrrc/csrrci. */
    public enum Operation {
        WRITE, SET, CLEAR
    }

    /**
     * A CSR: how it reads, how a write lands, an extra access condition, and what csrrs/csrrc
     * modify when that is not what a read returns (null: the read value).
     */
    private record Row(IntSupplier read, IntConsumer write, BooleanSupplier allowed, IntSupplier modified) {
        Row(IntSupplier read, IntConsumer write, BooleanSupplier allowed) {
            this(read, write, allowed, null);
        }
    }

    private final Hart hart;
    private final Row[] rows = new Row[4096];

    Csrs(Hart hart) {
        this.hart = hart;
        machine();
        counters();
        protection();
        supervisor();
    }

    private void machine() {
        constant(Csr.MVENDORID, 0);
        constant(Csr.MARCHID, 0);
        constant(Csr.MIMPID, 0);
        define(Csr.MHARTID, () -> hart.hartId, null);
        constant(Csr.MCONFIGPTR, 0);
        define(Csr.MSTATUS, hart::mstatus, v -> hart.mstatus = Mstatus.write(hart.mstatus, v, Mstatus.WRITABLE));
        define(Csr.MSTATUSH, () -> 0, v -> { });
        define(Csr.MISA, () -> Hart.MISA, v -> { });
        define(Csr.MEDELEG, () -> hart.medeleg, v -> hart.medeleg = v & DELEGABLE_EXCEPTIONS);
        define(Csr.MIDELEG, () -> hart.mideleg, v -> hart.mideleg = v & Interrupts.SUPERVISOR);
        define(Csr.MIE, () -> hart.mie, v -> hart.mie = v & Interrupts.ALL);
        // Only the SEIP bit software wrote takes part in csrrs/csrrc, not the PLIC's line ORed into a read.
        rows[Csr.MIP.number()] = new Row(hart::mip, v -> hart.mipSoftware = v & Interrupts.SUPERVISOR, null,
                () -> hart.mip() & ~Interrupts.MIP_SEIP | hart.mipSoftware & Interrupts.MIP_SEIP);
        define(Csr.MTVEC, () -> hart.mtvec, v -> hart.mtvec = legalTvec(hart.mtvec, v));
        define(Csr.MCOUNTEREN, () -> hart.mcounteren, v -> hart.mcounteren = v);
        define(Csr.MENVCFG, () -> hart.menvcfg, v -> hart.menvcfg = v & ENVCFG_FIOM);
        define(Csr.MENVCFGH, () -> 0, v -> { });
        define(Csr.MSCRATCH, () -> hart.mscratch, v -> hart.mscratch = v);
        define(Csr.MEPC, () -> hart.mepc, v -> hart.mepc = v & ~3);
        define(Csr.MCAUSE, () -> hart.mcause, v -> hart.mcause = v);
        define(Csr.MTVAL, () -> hart.mtval, v -> hart.mtval = v);
    }

    private void counters() {
        Counters counters = hart.counters;
        define(Csr.MCOUNTINHIBIT, counters::inhibit, counters::writeInhibit);
        define(Csr.MCYCLE, () -> (int) counters.mcycle(),
                v -> counters.writeMcycle(counters.mcycle() & ~0xffffffffL | Integer.toUnsignedLong(v)));
        define(Csr.MCYCLEH, () -> (int) (counters.mcycle() >>> 32),
                v -> counters.writeMcycle(counters.mcycle() & 0xffffffffL | (long) v << 32));
        define(Csr.MINSTRET, () -> (int) counters.minstret(),
                v -> counters.writeMinstret(counters.minstret() & ~0xffffffffL | Integer.toUnsignedLong(v)));
        define(Csr.MINSTRETH, () -> (int) (counters.minstret() >>> 32),
                v -> counters.writeMinstret(counters.minstret() & 0xffffffffL | (long) v << 32));
        unprivilegedCounter(Csr.CYCLE, () -> (int) counters.mcycle());
        unprivilegedCounter(Csr.CYCLEH, () -> (int) (counters.mcycle() >>> 32));
        unprivilegedCounter(Csr.TIME, () -> (int) hart.clock.mtime());
        unprivilegedCounter(Csr.TIMEH, () -> (int) (hart.clock.mtime() >>> 32));
        unprivilegedCounter(Csr.INSTRET, () -> (int) counters.minstret());
        unprivilegedCounter(Csr.INSTRETH, () -> (int) (counters.minstret() >>> 32));
        for (int i = 3; i <= 31; i++) {
            rows[Csr.Family.MHPMCOUNTER.number(i)] = new Row(() -> 0, v -> { }, null);
            rows[Csr.Family.MHPMCOUNTERH.number(i)] = new Row(() -> 0, v -> { }, null);
            rows[Csr.Family.MHPMEVENT.number(i)] = new Row(() -> 0, v -> { }, null);
            int number = Csr.Family.HPMCOUNTER.number(i);
            rows[number] = new Row(() -> 0, null, counterEnabled(number));
            int high = Csr.Family.HPMCOUNTERH.number(i);
            rows[high] = new Row(() -> 0, null, counterEnabled(high));
        }
    }

    /** PMP registers hold what is written (16 entries, lock bits honoured) but do not check accesses. */
    private void protection() {
        for (int i = 0; i < 16; i++) {
            int group = i;
            rows[Csr.Family.PMPCFG.number(i)] = i < 4
                    ? new Row(() -> pmpcfg(group), v -> writePmpcfg(group, v), null)
                    : new Row(() -> 0, v -> { }, null);
        }
        for (int i = 0; i < 64; i++) {
            int entry = i;
            rows[Csr.Family.PMPADDR.number(i)] = i < 16
                    ? new Row(() -> hart.pmpaddr[entry], v -> writePmpaddr(entry, v), null)
                    : new Row(() -> 0, v -> { }, null);
        }
    }

    private void supervisor() {
        define(Csr.SSTATUS, () -> hart.mstatus() & Mstatus.SSTATUS_READABLE,
                v -> hart.mstatus = Mstatus.write(hart.mstatus, v, Mstatus.SSTATUS_WRITABLE));
        define(Csr.SIE, () -> hart.mie & hart.mideleg,
                v -> hart.mie = (hart.mie & ~hart.mideleg) | (v & hart.mideleg));
        define(Csr.SIP, () -> hart.mip() & hart.mideleg, v -> {
            int writable = hart.mideleg & Interrupts.MIP_SSIP;
            hart.mipSoftware = (hart.mipSoftware & ~writable) | (v & writable);
        });
        define(Csr.STVEC, () -> hart.stvec, v -> hart.stvec = legalTvec(hart.stvec, v));
        define(Csr.SCOUNTEREN, () -> hart.scounteren, v -> hart.scounteren = v);
        define(Csr.SENVCFG, () -> hart.senvcfg, v -> hart.senvcfg = v & ENVCFG_FIOM);
        define(Csr.SSCRATCH, () -> hart.sscratch, v -> hart.sscratch = v);
        define(Csr.SEPC, () -> hart.sepc, v -> hart.sepc = v & ~3);
        define(Csr.SCAUSE, () -> hart.scause, v -> hart.scause = v);
        define(Csr.STVAL, () -> hart.stval, v -> hart.stval = v);
        rows[Csr.SATP.number()] = new Row(() -> hart.satp, v -> {
            hart.satp = v;
            hart.mmu().flush();
        }, () -> hart.priv != Privilege.SUPERVISOR.level() || (hart.mstatus & Mstatus.TVM) == 0);
    }

    private void define(Csr csr, IntSupplier read, IntConsumer write) {
        rows[csr.number()] = new Row(read, write, null);
    }

    private void constant(Csr csr, int value) {
        define(csr, () -> value, null);
    }

    private void unprivilegedCounter(Csr csr, IntSupplier read) {
        rows[csr.number()] = new Row(read, null, counterEnabled(csr.number()));
    }

    /**
     * Counter {@code number} is readable in S-mode when its bit of mcounteren is set, and in
     * U-mode when it is also set in scounteren.
     */
    private BooleanSupplier counterEnabled(int number) {
        int bit = 1 << (number & 0x1f);
        return () -> {
            boolean machine = hart.priv == Privilege.MACHINE.level() || (hart.mcounteren & bit) != 0;
            boolean user = hart.priv != Privilege.USER.level() || (hart.scounteren & bit) != 0;
            return machine && user;
        };
    }

    /** A write to mtvec or stvec: modes 0 (direct) and 1 (vectored) are kept, others ignored as QEMU does. */
    private static int legalTvec(int old, int value) {
        return (value & 3) < MTVEC_MODES ? value : old;
    }

    private int pmpcfg(int group) {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value |= (hart.pmpcfg[group * 4 + i] & 0xff) << (8 * i);
        }
        return value;
    }

    private void writePmpcfg(int group, int value) {
        for (int i = 0; i < 4; i++) {
            int entry = group * 4 + i;
            if ((hart.pmpcfg[entry] & PMP_LOCK) == 0) {
                hart.pmpcfg[entry] = (byte) (value >>> (8 * i));
            }
        }
    }

    /** pmpaddr is locked by its own entry's L bit, or by the next entry's when that one is TOR. */
    private void writePmpaddr(int entry, int value) {
        boolean locked = (hart.pmpcfg[entry] & PMP_LOCK) != 0;
        if (entry + 1 < 16) {
            int next = hart.pmpcfg[entry + 1];
            locked |= (next & PMP_LOCK) != 0 && (next & PMP_A) == PMP_TOR;
        }
        if (!locked) {
            hart.pmpaddr[entry] = value;
        }
    }

    /** True if CSR {@code number} exists on this hart. */
    public boolean implemented(int number) {
        return number >= 0 && number < rows.length && rows[number] != null;
    }

    /** CSR {@code number} as read in M-mode, with no checks and no side effects; 0 if it does not exist. */
    public int peek(int number) {
        return implemented(number) ? rows[number].read().getAsInt() : 0;
    }

    /**
     * Writes CSR {@code number} as a csrrw in M-mode would, for a debugger: false if it does not
     * exist or is read-only (then nothing changes).
     */
    public boolean poke(int number, int value) {
        Row row = implemented(number) ? rows[number] : null;
        if (row == null || row.write() == null || (number >>> 10) == 3) {
            return false;
        }
        row.write().accept(value);
        return true;
    }

    /**
     * Executes a CSR instruction in the hart's current mode: {@code operation} with
     * {@code operand} (rs1's value or the immediate). {@code writes} is false for csrrs/csrrc
     * with rs1 = x0 and their immediate forms with 0, which read without writing. Returns the
     * old value zero-extended, or {@link #ILLEGAL}.
     */
    public long execute(int number, Operation operation, int operand, boolean writes) {
        Row row = implemented(number) ? rows[number] : null;
        if (row == null || hart.priv < ((number >>> 8) & 3)) {
            return ILLEGAL;
        }
        if (writes && (row.write() == null || (number >>> 10) == 3)) {
            return ILLEGAL;
        }
        if (row.allowed() != null && !row.allowed().getAsBoolean()) {
            return ILLEGAL;
        }
        int old = row.read().getAsInt();
        if (writes) {
            int modified = row.modified() == null ? old : row.modified().getAsInt();
            int value = switch (operation) {
                case WRITE -> operand;
                case SET -> modified | operand;
                case CLEAR -> modified & ~operand;
            };
            row.write().accept(value);
        }
        return Integer.toUnsignedLong(old);
    }
}
