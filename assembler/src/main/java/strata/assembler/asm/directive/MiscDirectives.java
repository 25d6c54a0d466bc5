package strata.assembler.asm.directive;

import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.lex.Token;
import strata.assembler.asm.section.SectionState;
import strata.assembler.asm.section.Sections;
import strata.assembler.object.Section;

/**
 * The remaining directives: {@code .include}, {@code .option}, {@code .file}, {@code .ident}
 * (which GNU puts in a {@code .comment} section), {@code .end}, the messages {@code .err},
 * {@code .error} and {@code .warning}, and {@code .insn}, an instruction given by its fields,
 * which the instruction assembler reads.
 */
final class MiscDirectives {
    private static final String COMMENT = ".comment";

    private MiscDirectives() {
    }

    static void register(Map<String, Directive> table) {
        table.put(".include", (context, call) -> {
            int column = call.args().column();
            String name = call.stringText();
            call.args().expectEnd();
            context.include(name, column);
        });
        table.put(".option", (context, call) -> {
            Token name = call.args().expectIdentifier("an option name");
            call.args().expectEnd();
            if (!context.riscvOptions().apply(name.text(), name.start())) {
                context.warning(name.start(), "unknown .option '" + name.text() + "' ignored");
            }
        });
        table.put(".file", (context, call) -> {
            if (call.args().peek().kind() == Token.Kind.NUMBER) {
                throw new AsmException(call.args().column(), "numbered .file (DWARF line info) is not supported");
            }
            context.setFileName(call.stringText());
            call.args().expectEnd();
        });
        table.put(".ident", MiscDirectives::ident);
        table.put(".insn", (context, call) -> context.instructions().assembleInsn(call.name(), call.args(),
                context.sections()));
        table.put(".end", (context, call) -> context.end());
        table.put(".err", (context, call) -> {
            throw new AsmException(call.name().start(), ".err encountered");
        });
        table.put(".error", (context, call) -> {
            throw new AsmException(call.name().start(), message(call, ".error directive invoked"));
        });
        table.put(".warning", (context, call) -> context.warning(call.name().start(),
                message(call, ".warning directive invoked")));
    }

    private static String message(DirectiveCall call, String fallback) {
        if (call.args().atEnd()) {
            return fallback;
        }
        String text = call.stringText();
        call.args().expectEnd();
        return text;
    }

    /** Appends the string to .comment, which starts with an empty string, as GNU does. */
    private static void ident(DirectiveContext context, DirectiveCall call) {
        int column = call.args().column();
        byte[] text = call.string();
        call.args().expectEnd();
        Sections sections = context.sections();
        SectionState comment = sections.find(COMMENT);
        boolean first = comment == null;
        if (first) {
            comment = sections.createInternal(COMMENT, Section.SHT_PROGBITS, Section.SHF_MERGE | Section.SHF_STRINGS, 1);
        }
        sections.push(comment, 0);
        if (first) {
            sections.bytes(new byte[1], column);
        }
        byte[] withNul = new byte[text.length + 1];
        System.arraycopy(text, 0, withNul, 0, text.length);
        sections.bytes(withNul, column);
        sections.pop(column);
    }
}
