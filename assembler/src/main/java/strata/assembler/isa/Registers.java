package strata.assembler.isa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names of the integer and floating-point registers: the psABI names the disassembler prints,
 * and every name the assembler accepts (ABI names, {@code x0..x31}, {@code f0..f31},
 * {@code fp} for {@code s0}).
 */
public final class Registers {
    private Registers() {
    }

    /** ABI names of x0..x31, as objdump prints them. */
    public static final List<String> X_ABI_NAMES = List.of(
            "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2",
            "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
            "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7",
            "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6");

    /** ABI names of f0..f31, as objdump prints them. */
    public static final List<String> F_ABI_NAMES = List.of(
            "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7",
            "fs0", "fs1", "fa0", "fa1", "fa2", "fa3", "fa4", "fa5",
            "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7",
            "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11");

    private static final Map<String, Integer> X_BY_NAME = new HashMap<>();
    private static final Map<String, Integer> F_BY_NAME = new HashMap<>();

    static {
        for (int i = 0; i < 32; i++) {
            X_BY_NAME.put(X_ABI_NAMES.get(i), i);
            X_BY_NAME.put("x" + i, i);
            F_BY_NAME.put(F_ABI_NAMES.get(i), i);
            F_BY_NAME.put("f" + i, i);
        }
        X_BY_NAME.put("fp", 8);
    }

    /** The number of integer register {@code name}, or -1. */
    public static int x(String name) {
        return X_BY_NAME.getOrDefault(name, -1);
    }

    /** The number of floating-point register {@code name}, or -1. */
    public static int f(String name) {
        return F_BY_NAME.getOrDefault(name, -1);
    }

    public static String xName(int number) {
        return X_ABI_NAMES.get(number);
    }

    public static String fName(int number) {
        return F_ABI_NAMES.get(number);
    }
}
