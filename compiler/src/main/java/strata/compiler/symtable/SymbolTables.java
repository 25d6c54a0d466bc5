package strata.compiler.symtable;

import java.util.Map;
import strata.compiler.ast.Node;

/** A module's analysed symbol tables: the top one, and the table of each block by its AST node. */
public record SymbolTables(SymbolTable top, Map<Node, SymbolTable> byNode) {

    /** The table of the block that {@code node} (a def, class, lambda or comprehension) opens. */
    public SymbolTable of(Node node) {
        SymbolTable table = byNode.get(node);
        if (table == null) {
            throw new IllegalStateException("no symbol table for " + node.getClass().getSimpleName());
        }
        return table;
    }
}
