package strata.compiler.symtable;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import strata.compiler.ast.Span;

/**
 * The second pass of CPython's {@code symtable.c} ({@code analyze_block}): decides each name's
 * {@link Scope} from its flags and the names bound in the enclosing functions, turns locals that
 * inner functions use into cells, and passes free names up through the blocks between.
 */
final class Analyzer {
    private static final String CLASS_CELL = "__class__";

    private Analyzer() {
    }

    static void analyze(SymbolTable top) throws CompileError {
        block(top, null, new HashSet<>(), new HashSet<>());
    }

    /**
     * {@code bound}: names bound in enclosing functions (null at module level); {@code free}
     * collects the names free in this block and below; {@code global}: names declared global above.
     */
    private static void block(SymbolTable table, Set<String> bound, Set<String> free, Set<String> global)
            throws CompileError {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        boolean isClass = table.type() == SymbolTable.Type.CLASS;
        boolean isFunction = table.type() == SymbolTable.Type.FUNCTION;
        if (isClass) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> symbol : table.flags().entrySet()) {
            name(table, symbol.getKey(), symbol.getValue(), bound, local, free, global);
        }
        if (!isClass) {
            if (isFunction) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add(CLASS_CELL);
        }
        Set<String> allFree = new HashSet<>();
        for (SymbolTable child : table.children()) {
            Set<String> childFree = new HashSet<>(newFree);
            block(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.free || child.childFree) {
                table.childFree = true;
            }
        }
        newFree.addAll(allFree);
        if (isFunction) {
            for (String name : new HashSet<>(newFree)) {
                if (table.scope(name) == Scope.LOCAL && table.flags().containsKey(name)) {
                    table.setScope(name, Scope.CELL);
                    newFree.remove(name);
                }
            }
        } else if (isClass && newFree.remove(CLASS_CELL)) {
            table.needsClassClosure = true;
        }
        update(table, bound, newFree, isClass);
        free.addAll(newFree);
    }

    private static void name(SymbolTable table, String name, int flags, Set<String> bound, Set<String> local,
                             Set<String> free, Set<String> global) throws CompileError {
        Span directive = table.directives.getOrDefault(name, new Span(table.lineno(), 0, table.lineno(), 0));
        if ((flags & Flag.GLOBAL) != 0) {
            if ((flags & Flag.NONLOCAL) != 0) {
                throw new CompileError("name '" + name + "' is nonlocal and global", directive);
            }
            table.setScope(name, Scope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
        } else if ((flags & Flag.NONLOCAL) != 0) {
            if (bound == null) {
                throw new CompileError("nonlocal declaration not allowed at module level", directive);
            }
            if (!bound.contains(name)) {
                throw new CompileError("no binding for nonlocal '" + name + "' found", directive);
            }
            table.setScope(name, Scope.FREE);
            table.free = true;
            free.add(name);
        } else if ((flags & Flag.BOUND) != 0) {
            table.setScope(name, Scope.LOCAL);
            local.add(name);
            global.remove(name);
        } else if (bound != null && bound.contains(name)) {
            table.setScope(name, Scope.FREE);
            table.free = true;
            free.add(name);
        } else {
            if (table.nested) {
                table.free = true;
            }
            table.setScope(name, Scope.GLOBAL_IMPLICIT);
        }
    }

    /** Free names of the blocks below that this block only passes through become free here too. */
    private static void update(SymbolTable table, Set<String> bound, Set<String> free, boolean isClass) {
        for (String name : free) {
            Integer flags = table.flags().get(name);
            if (flags != null) {
                if (isClass && (flags & (Flag.BOUND | Flag.GLOBAL)) != 0) {
                    table.flags().put(name, flags | Flag.FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            table.flags().put(name, 0);
            table.setScope(name, Scope.FREE);
        }
    }
}
