package strata.compiler.code;

import java.util.List;
import strata.compiler.bytecode.Instruction;

/**
 * A code object: the compiled form of a module, class body, function, lambda or comprehension,
 * with the fields of CPython 3.11's {@code code} type that the VM needs. Nested code objects are
 * among the constants. {@code nlocals} is the number of {@code varnames}; cells are indexed
 * {@code cellvars} first, then {@code freevars}. {@code positions} has one entry per instruction.
 */
public record CodeObject(
        String name,
        String qualname,
        String filename,
        int firstLineNo,
        int argCount,
        int posOnlyArgCount,
        int kwOnlyArgCount,
        int stackSize,
        int flags,
        List<Instruction> code,
        List<Constant> consts,
        List<String> names,
        List<String> varnames,
        List<String> freevars,
        List<String> cellvars,
        List<ExceptionEntry> exceptionTable,
        List<Position> positions) implements Constant {

    public CodeObject {
        code = List.copyOf(code);
        consts = List.copyOf(consts);
        names = List.copyOf(names);
        varnames = List.copyOf(varnames);
        freevars = List.copyOf(freevars);
        cellvars = List.copyOf(cellvars);
        exceptionTable = List.copyOf(exceptionTable);
        positions = List.copyOf(positions);
        if (positions.size() != code.size()) {
            throw new IllegalArgumentException(name + ": " + positions.size() + " positions for "
                    + code.size() + " instructions");
        }
    }

    /** {@code co_nlocals}. */
    public int nlocals() {
        return varnames.size();
    }

    /** The name of cell {@code index} (cell variables first, then free variables). */
    public String cellName(int index) {
        return index < cellvars.size() ? cellvars.get(index) : freevars.get(index - cellvars.size());
    }

    /** How many cells the frame has: its cell variables and its free variables. */
    public int ncells() {
        return cellvars.size() + freevars.size();
    }
}
