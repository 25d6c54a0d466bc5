package strata.assembler.isa;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The control and status registers of the privileged architecture (version 1.12) that have a
 * name in assembly, with their numbers. Numbered families (pmpaddr0..63, mhpmcounter3..31, ...)
 * are in {@link Family}. The CPU, the assembler and the disassembler all take CSR numbers from
 * here.
 */
public enum Csr {
    // Floating point
    FFLAGS(0x001), FRM(0x002), FCSR(0x003),
    // Unprivileged counters
    CYCLE(0xc00), TIME(0xc01), INSTRET(0xc02),
    CYCLEH(0xc80), TIMEH(0xc81), INSTRETH(0xc82),
    // Supervisor
    SSTATUS(0x100), SIE(0x104), STVEC(0x105), SCOUNTEREN(0x106), SENVCFG(0x10a),
    SSCRATCH(0x140), SEPC(0x141), SCAUSE(0x142), STVAL(0x143), SIP(0x144),
    SATP(0x180), SCONTEXT(0x5a8),
    // Machine information
    MVENDORID(0xf11), MARCHID(0xf12), MIMPID(0xf13), MHARTID(0xf14), MCONFIGPTR(0xf15),
    // Machine trap setup and handling
    MSTATUS(0x300), MISA(0x301), MEDELEG(0x302), MIDELEG(0x303), MIE(0x304), MTVEC(0x305),
    MCOUNTEREN(0x306), MENVCFG(0x30a), MSTATUSH(0x310), MENVCFGH(0x31a), MCOUNTINHIBIT(0x320),
    MSCRATCH(0x340), MEPC(0x341), MCAUSE(0x342), MTVAL(0x343), MIP(0x344),
    MTINST(0x34a), MTVAL2(0x34b),
    MSECCFG(0x747), MSECCFGH(0x757),
    // Machine counters
    MCYCLE(0xb00), MINSTRET(0xb02), MCYCLEH(0xb80), MINSTRETH(0xb82),
    // Debug and trigger
    TSELECT(0x7a0), TDATA1(0x7a1), TDATA2(0x7a2), TDATA3(0x7a3), MCONTEXT(0x7a8),
    DCSR(0x7b0), DPC(0x7b1), DSCRATCH0(0x7b2), DSCRATCH1(0x7b3);

    /** A numbered family of CSRs: member {@code i} is at {@code base + i - first}. */
    public enum Family {
        PMPCFG("pmpcfg", "", 0x3a0, 0, 15),
        PMPADDR("pmpaddr", "", 0x3b0, 0, 63),
        MHPMCOUNTER("mhpmcounter", "", 0xb03, 3, 31),
        MHPMCOUNTERH("mhpmcounter", "h", 0xb83, 3, 31),
        MHPMEVENT("mhpmevent", "", 0x323, 3, 31),
        HPMCOUNTER("hpmcounter", "", 0xc03, 3, 31),
        HPMCOUNTERH("hpmcounter", "h", 0xc83, 3, 31);

        private final String prefix;
        private final String suffix;
        private final int base;
        private final int first;
        private final int last;

        Family(String prefix, String suffix, int base, int first, int last) {
            this.prefix = prefix;
            this.suffix = suffix;
            this.base = base;
            this.first = first;
            this.last = last;
        }

        /** The name of member {@code index}: {@code pmpaddr7}, {@code hpmcounter3h}. */
        public String name(int index) {
            return prefix + index + suffix;
        }

        /** The number of member {@code index}, which must lie in first..last. */
        public int number(int index) {
            return base + index - first;
        }
    }

    private final int number;

    Csr(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The name as written in assembly. */
    public String assemblyName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static final Map<String, Integer> NUMBER_BY_NAME = new HashMap<>();
    private static final Map<Integer, String> NAME_BY_NUMBER = new HashMap<>();

    static {
        for (Csr csr : values()) {
            NUMBER_BY_NAME.put(csr.assemblyName(), csr.number);
            NAME_BY_NUMBER.put(csr.number, csr.assemblyName());
        }
        for (Family family : Family.values()) {
            for (int i = family.first; i <= family.last; i++) {
                NUMBER_BY_NAME.put(family.name(i), family.number(i));
                NAME_BY_NUMBER.put(family.number(i), family.name(i));
            }
        }
    }

    /** The number of the CSR named {@code name}, or -1. */
    public static int numberOf(String name) {
        return NUMBER_BY_NAME.getOrDefault(name, -1);
    }

    /** The name of CSR {@code number}, or null if it has none. */
    public static String nameOf(int number) {
        return NAME_BY_NUMBER.get(number);
    }
}
