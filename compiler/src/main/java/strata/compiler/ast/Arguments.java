package strata.compiler.ast;

import java.util.List;

/**
 * ASDL {@code arguments}: a parameter list. {@code kwDefaults} has one entry per keyword-only
 * parameter (null where it has none); {@code defaults} belongs to the last positional ones.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {
}
