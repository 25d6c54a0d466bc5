package strata.compiler.ast;

import java.util.List;

/** ASDL {@code mod}: what a parse produces, depending on the mode (exec, single, eval, func_type). */
public sealed interface Mod extends Node {

    record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) implements Mod {
    }

    record Interactive(List<Stmt> body) implements Mod {
    }

    record Expression(Expr body) implements Mod {
    }

    record FunctionType(List<Expr> argtypes, Expr returns) implements Mod {
    }
}
