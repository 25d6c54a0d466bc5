package strata.assembler.asm.directive;

import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.expr.Evaluator;
import strata.assembler.asm.expr.Located;
import strata.assembler.asm.expr.Value;
import strata.assembler.asm.lex.TokenCursor;
import strata.assembler.asm.section.SectionState;
import strata.assembler.asm.section.Sections;
import strata.assembler.asm.symbol.AsmSymbol;

/**
 * {@code .org new-lc[, fill]}: moves the location counter forward to {@code new-lc}, a number
 * (an offset in the current section) or an address in the current section defined before the
 * directive, filling the gap with the low byte of {@code fill} (0 by default). As in GNU
 * {@code as}, the gap is settled with the layout, and moving backwards is an error then.
 */
final class OrgDirective {

    private OrgDirective() {
    }

    static void register(Map<String, Directive> table) {
        table.put(".org", OrgDirective::org);
    }

    private static void org(DirectiveContext context, DirectiveCall call) {
        TokenCursor args = call.args();
        int column = args.column();
        Value target = context.evaluate(args, Evaluator.Mode.FOLD);
        Sections sections = context.sections();
        SectionState section = sections.current();
        int fill = 0;
        if (args.accept(",") && !args.atEnd()) {
            int fillColumn = args.column();
            long value = context.absolute(args);
            if (value != 0 && section.isNobits()) {
                context.warning(fillColumn, "ignoring fill value in section " + section.name()
                        + ", which has no contents");
            } else {
                fill = (int) value;
            }
        }
        args.expectEnd();
        if (target.isConstant()) {
            sections.org(null, target.addend(), fill, column);
            return;
        }
        Located located = Located.of(target);
        if (located == null) {
            AsmSymbol symbol = target.plus() != null ? target.plus() : target.minus();
            String why = symbol.kind() == AsmSymbol.Kind.UNDEFINED
                    ? "'" + symbol.name().strip() + "' is not defined here" : "this is no address in a section";
            throw new AsmException(column, ".org needs a number or an address in this section, but " + why);
        }
        sections.org(located.base(), located.addend(), fill, column);
    }
}
