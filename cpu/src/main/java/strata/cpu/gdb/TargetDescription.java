package strata.cpu.gdb;

import java.util.ArrayList;
import java.util.List;
import strata.assembler.isa.Csr;
import strata.assembler.isa.Registers;
import strata.cpu.hart.Csrs;

/**
 * The registers GDB sees and their numbers, and the target description that announces them
 * ({@code target.xml}), laid out as QEMU's riscv32 target does: the {@code org.gnu.gdb.riscv.cpu}
 * feature (x0..x31 under QEMU's names, {@code fp} for x8, then pc: numbers 0 to 32, the ones the
 * {@code g} packet carries), {@code org.gnu.gdb.riscv.csr} with every CSR the hart implements,
 * numbered as GDB numbers CSRs internally (65 plus the CSR's number), and the virtual
 * {@code priv} register of {@code org.gnu.gdb.riscv.virtual} (4161, GDB's number for it).
 */
final class TargetDescription {
    static final int PC = 32;
    /** The registers the {@code g} packet carries: x0..x31 and pc. */
    static final int CORE = 33;
    static final int FIRST_CSR = 65;
    static final int PRIV = FIRST_CSR + 4096;

    private final List<Integer> csrs = new ArrayList<>();
    private final String xml;

    TargetDescription(Csrs hartCsrs) {
        for (int number = 0; number < 4096; number++) {
            if (hartCsrs.implemented(number) && Csr.nameOf(number) != null) {
                csrs.add(number);
            }
        }
        xml = build();
    }

    /** The CSR GDB register {@code regnum} names, or -1 if it names none the hart has. */
    int csr(int regnum) {
        int number = regnum - FIRST_CSR;
        return number >= 0 && csrs.contains(number) ? number : -1;
    }

    /** The whole {@code target.xml}. */
    String xml() {
        return xml;
    }

    /** The name GDB (and QEMU's feature) gives x{@code index}. */
    static String name(int index) {
        return index == 8 ? "fp" : Registers.xName(index);
    }

    private String build() {
        StringBuilder text = new StringBuilder();
        text.append("<?xml version=\"1.0\"?>\n<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n<target>\n");
        text.append("<architecture>riscv:rv32</architecture>\n");
        text.append("<feature name=\"org.gnu.gdb.riscv.cpu\">\n");
        for (int i = 0; i < 32; i++) {
            text.append(String.format("  <reg name=\"%s\" bitsize=\"32\" type=\"%s\" regnum=\"%d\"/>%n", name(i), type(i), i));
        }
        text.append(String.format("  <reg name=\"pc\" bitsize=\"32\" type=\"code_ptr\" regnum=\"%d\"/>%n", PC));
        text.append("</feature>\n<feature name=\"org.gnu.gdb.riscv.csr\">\n");
        for (int number : csrs) {
            text.append(String.format("  <reg name=\"%s\" bitsize=\"32\" regnum=\"%d\" group=\"csr\"/>%n",
                    Csr.nameOf(number), FIRST_CSR + number));
        }
        text.append("</feature>\n<feature name=\"org.gnu.gdb.riscv.virtual\">\n");
        text.append(String.format("  <reg name=\"priv\" bitsize=\"32\" regnum=\"%d\"/>%n", PRIV));
        text.append("</feature>\n</target>\n");
        return text.toString();
    }

    /** QEMU's types: ra a code pointer, sp, gp and tp data pointers, the rest integers. */
    private static String type(int index) {
        return switch (index) {
            case 1 -> "code_ptr";
            case 2, 3, 4 -> "data_ptr";
            default -> "int";
        };
    }
}
