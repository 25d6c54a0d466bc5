package strata.compiler.codegen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import strata.compiler.ast.ExprContext;
import strata.compiler.bytecode.Opcode;
import strata.compiler.symtable.Flag;
import strata.compiler.symtable.Mangling;
import strata.compiler.symtable.Scope;
import strata.compiler.symtable.SymbolTable;

/**
 * One code object being compiled (CPython's {@code compiler_unit}): its builder, its symbol table,
 * what kind of block it is, its names, the cells it owns and receives, and the stack of blocks
 * (loops, try, with, handlers) that {@code break}, {@code continue} and {@code return} unwind.
 */
final class Unit {
    /** The kinds of code object, as the compiler distinguishes them. */
    enum Kind {
        MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION
    }

    final CodeBuilder code;
    final SymbolTable table;
    final Kind kind;
    final String name;
    final String qualname;
    /** The class whose private names are mangled here, or null. */
    final String privateName;
    final List<String> cellvars;
    final List<String> freevars;
    final Deque<Block> blocks = new ArrayDeque<>();
    final int firstLine;

    Unit(SymbolTable table, Kind kind, String name, String qualname, String privateName, int firstLine) {
        this.table = table;
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
        this.privateName = privateName;
        this.firstLine = firstLine;
        this.code = new CodeBuilder(table.parameters());
        this.cellvars = new ArrayList<>(table.namesIn(Scope.CELL));
        if (table.needsClassClosure()) {
            cellvars.add(0, "__class__");
        }
        List<String> free = new ArrayList<>();
        for (var entry : table.flags().entrySet()) {
            if (table.scope(entry.getKey()) == Scope.FREE || (entry.getValue() & Flag.FREE_CLASS) != 0) {
                free.add(entry.getKey());
            }
        }
        free.sort(null);
        this.freevars = free;
    }

    boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.ASYNC_FUNCTION || kind == Kind.LAMBDA || kind == Kind.COMPREHENSION;
    }

    String mangle(String name) {
        return Mangling.mangle(privateName, name);
    }

    /** The index of a cell by name: cell variables first, then free variables. */
    int cell(String name) {
        int index = cellvars.indexOf(name);
        if (index >= 0) {
            return index;
        }
        index = freevars.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("no cell for " + name + " in " + qualname);
        }
        return cellvars.size() + index;
    }

    /** Emits the load, store or delete of {@code name} that its scope calls for (CPython's {@code compiler_nameop}). */
    void nameOp(String name, ExprContext ctx) {
        String mangled = mangle(name);
        Scope scope = table.scope(mangled);
        boolean function = table.type() == SymbolTable.Type.FUNCTION;
        if (scope == Scope.FREE || scope == Scope.CELL) {
            Opcode op = switch (ctx) {
                case Load -> function ? Opcode.LOAD_DEREF : Opcode.LOAD_CLASSDEREF;
                case Store -> Opcode.STORE_DEREF;
                case Del -> Opcode.DELETE_DEREF;
            };
            code.emit(op, cell(mangled));
        } else if (scope == Scope.LOCAL && function) {
            Opcode op = switch (ctx) {
                case Load -> Opcode.LOAD_FAST;
                case Store -> Opcode.STORE_FAST;
                case Del -> Opcode.DELETE_FAST;
            };
            code.emit(op, code.varname(mangled));
        } else if (scope == Scope.GLOBAL_EXPLICIT || (scope == Scope.GLOBAL_IMPLICIT && function)) {
            Opcode op = switch (ctx) {
                case Load -> Opcode.LOAD_GLOBAL;
                case Store -> Opcode.STORE_GLOBAL;
                case Del -> Opcode.DELETE_GLOBAL;
            };
            code.emit(op, code.name(mangled));
        } else {
            Opcode op = switch (ctx) {
                case Load -> Opcode.LOAD_NAME;
                case Store -> Opcode.STORE_NAME;
                case Del -> Opcode.DELETE_NAME;
            };
            code.emit(op, code.name(mangled));
        }
    }
}
