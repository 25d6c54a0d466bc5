package strata.assembler.asm.directive;

import java.util.ArrayDeque;
import java.util.Deque;
import strata.assembler.asm.AsmException;

/**
 * The state {@code .option} changes. Strata assembles as {@code -mno-relax} and without the C
 * extension; {@code .option relax} turns linker relaxation on for what follows, and
 * {@code .option push}/{@code pop} save and restore the state.
 */
public final class RiscvOptions {
    private boolean relax;
    private final Deque<Boolean> saved = new ArrayDeque<>();

    public boolean relax() {
        return relax;
    }

    /**
     * Applies {@code .option name}; false for an option GNU would only warn about. Options that
     * would change the code Strata cannot produce yet are errors.
     */
    public boolean apply(String name, int column) {
        switch (name) {
            case "relax" -> relax = true;
            case "norelax" -> relax = false;
            case "push" -> saved.push(relax);
            case "pop" -> {
                if (saved.isEmpty()) {
                    throw new AsmException(column, ".option pop without .option push");
                }
                relax = saved.pop();
            }
            case "norvc" -> {
                // Compressed instructions are already off.
            }
            case "rvc" -> throw new AsmException(column, ".option rvc: compressed instructions (the C extension) "
                    + "are not supported yet");
            case "pic", "nopic", "arch", "csr-check", "no-csr-check" ->
                    throw new AsmException(column, ".option " + name + " is not supported");
            default -> {
                return false;
            }
        }
        return true;
    }
}
