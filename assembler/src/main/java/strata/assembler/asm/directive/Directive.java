package strata.assembler.asm.directive;

/** One assembler directive's action. */
@FunctionalInterface
public interface Directive {
    void run(DirectiveContext context, DirectiveCall call);
}
