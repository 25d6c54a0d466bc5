package strata.compiler.symtable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbol table of one block (module, class body, function, lambda or comprehension): every
 * name the block mentions with its {@link Flag} bits and, after analysis, its {@link Scope}; the
 * parameters in order; the blocks nested in it, in source order; and what the compiler needs to
 * know of the block as a whole.
 */
public final class SymbolTable {
    /** The kind of block, in the order of CPython's {@code _Py_block_ty} (symtable's raw type numbers). */
    public enum Type {
        FUNCTION, CLASS, MODULE
    }

    private final Type type;
    private final String name;
    private final int lineno;
    private final Map<String, Integer> flags = new LinkedHashMap<>();
    private final Map<String, Scope> scopes = new LinkedHashMap<>();
    private final List<String> parameters = new ArrayList<>();
    private final List<SymbolTable> children = new ArrayList<>();
    /** Where each name was declared global or nonlocal: errors about the declaration point there. */
    final Map<String, strata.compiler.ast.Span> directives = new LinkedHashMap<>();
    boolean nested;
    boolean generator;
    boolean coroutine;
    boolean comprehension;
    boolean varargs;
    boolean varkeywords;
    boolean free;
    boolean childFree;
    boolean needsClassClosure;
    /** In a comprehension, set while its first iterable's target is visited. */
    boolean compIterTarget;
    /** Above zero while an iterable of a comprehension is visited. */
    int compIterExpr;

    SymbolTable(Type type, String name, int lineno) {
        this.type = type;
        this.name = name;
        this.lineno = lineno;
    }

    public Type type() {
        return type;
    }

    public String name() {
        return name;
    }

    public int lineno() {
        return lineno;
    }

    /** The names in the order first met, with their flags. */
    public Map<String, Integer> flags() {
        return flags;
    }

    public int flags(String symbol) {
        return flags.getOrDefault(symbol, 0);
    }

    /** The scope of a name of this block; a name the block never mentions is global, as CPython treats it. */
    public Scope scope(String symbol) {
        return scopes.getOrDefault(symbol, Scope.GLOBAL_IMPLICIT);
    }

    void setScope(String symbol, Scope scope) {
        scopes.put(symbol, scope);
    }

    /** The parameters, in order: positional-only, positional, *args, keyword-only, **kwargs. */
    public List<String> parameters() {
        return parameters;
    }

    public List<SymbolTable> children() {
        return children;
    }

    public boolean isNested() {
        return nested;
    }

    public boolean isGenerator() {
        return generator;
    }

    public boolean isCoroutine() {
        return coroutine;
    }

    public boolean isComprehension() {
        return comprehension;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkeywords() {
        return varkeywords;
    }

    /** A class body whose methods use {@code __class__} or {@code super}: it needs the {@code __class__} cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** The names of a scope, sorted as CPython sorts co_cellvars and co_freevars. */
    public List<String> namesIn(Scope scope) {
        return scopes.entrySet().stream().filter(e -> e.getValue() == scope).map(Map.Entry::getKey).sorted().toList();
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + " " + name + " at line " + lineno;
    }
}
