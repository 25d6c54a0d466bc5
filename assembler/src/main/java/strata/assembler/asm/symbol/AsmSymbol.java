package strata.assembler.asm.symbol;

import strata.assembler.asm.expr.Value;
import strata.assembler.asm.section.Position;
import strata.assembler.asm.source.SourceLine;
import strata.assembler.object.Symbol;

/**
 * A symbol while the file is being assembled. It is undefined until a label places it at a
 * {@link Position} or {@code .set}/{@code .equ} gives it a {@link Value}; directives add its
 * binding, type and size. Temporary symbols ({@code .L} names, numeric local labels, the
 * {@code ".L0 "} labels made for {@code .} and for la/call expansions) reach the object file
 * only if a relocation refers to them, as in GNU {@code as}.
 */
public final class AsmSymbol {

    /** How the symbol got its value. */
    public enum Kind { UNDEFINED, LABEL, EQUATED, COMMON }

    private final String name;
    private int order;
    private final boolean temporary;
    private Kind kind = Kind.UNDEFINED;
    private Position position;
    private Value equated;
    private boolean redefinable = true;
    private SourceLine definedAt;
    private Symbol.Binding binding;
    private Symbol.Type type = Symbol.Type.NOTYPE;
    private Symbol.Visibility visibility = Symbol.Visibility.DEFAULT;
    private Value size;
    private SourceLine sizeLine;
    private int commonSize;
    private int commonAlignment;
    private boolean usedInRelocation;
    private SourceLine firstReference;

    AsmSymbol(String name, int order, boolean temporary) {
        this.name = name;
        this.order = order;
        this.temporary = temporary;
    }

    public String name() {
        return name;
    }

    /**
     * Where the symbol comes in the object's symbol list ({@link Sequence}); -1 for a temporary
     * symbol no relocation has needed yet.
     */
    public int order() {
        return order;
    }

    /** Gives a temporary symbol its place when a relocation first needs it. */
    public void placeIfUnplaced(Sequence sequence) {
        if (order < 0) {
            order = sequence.next();
        }
    }

    public boolean temporary() {
        return temporary;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isDefined() {
        return kind == Kind.LABEL || kind == Kind.EQUATED;
    }

    public Position position() {
        return position;
    }

    public Value equated() {
        return equated;
    }

    public SourceLine definedAt() {
        return definedAt;
    }

    /** False once defined by a label or {@code .equiv}: defining it again is an error. */
    public boolean redefinable() {
        return kind == Kind.UNDEFINED || (kind == Kind.EQUATED && redefinable);
    }

    public void defineLabel(Position where, SourceLine line) {
        kind = Kind.LABEL;
        position = where;
        equated = null;
        definedAt = line;
    }

    public void defineEquated(Value value, boolean canRedefine, SourceLine line) {
        kind = Kind.EQUATED;
        equated = value;
        redefinable = canRedefine;
        definedAt = line;
    }

    public void defineCommon(int size, int alignment, SourceLine line) {
        kind = Kind.COMMON;
        commonSize = size;
        commonAlignment = alignment;
        definedAt = line;
    }

    public int commonSize() {
        return commonSize;
    }

    public int commonAlignment() {
        return commonAlignment;
    }

    /** The binding a directive asked for, or null for the default. */
    public Symbol.Binding binding() {
        return binding;
    }

    public void setBinding(Symbol.Binding binding) {
        this.binding = binding;
    }

    public Symbol.Type type() {
        return type;
    }

    public void setType(Symbol.Type type) {
        this.type = type;
    }

    public Symbol.Visibility visibility() {
        return visibility;
    }

    public void setVisibility(Symbol.Visibility visibility) {
        this.visibility = visibility;
    }

    public Value size() {
        return size;
    }

    public SourceLine sizeLine() {
        return sizeLine;
    }

    public void setSize(Value size, SourceLine line) {
        this.size = size;
        this.sizeLine = line;
    }

    public boolean usedInRelocation() {
        return usedInRelocation;
    }

    public void markUsedInRelocation() {
        usedInRelocation = true;
    }

    /** True once an expression has named the symbol. */
    public boolean referenced() {
        return firstReference != null;
    }

    /** The line that first named the symbol in an expression, or null. */
    public SourceLine firstReference() {
        return firstReference;
    }

    public void markReferenced(SourceLine line) {
        if (firstReference == null) {
            firstReference = line;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
