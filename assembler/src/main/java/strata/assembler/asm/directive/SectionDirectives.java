package strata.assembler.asm.directive;

import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.lex.Token;
import strata.assembler.asm.lex.TokenCursor;
import strata.assembler.asm.section.SectionKinds;
import strata.assembler.asm.section.SectionState;
import strata.assembler.asm.section.Sections;
import strata.assembler.object.Section;

/**
 * Directives that choose where output goes: {@code .text}, {@code .data}, {@code .bss} (each
 * with an optional subsection number), {@code .section name, "flags", @type, entsize},
 * {@code .pushsection}, {@code .popsection} and {@code .previous}.
 */
final class SectionDirectives {
    private static final Map<Character, Integer> FLAGS = Map.of(
            'a', Section.SHF_ALLOC,
            'w', Section.SHF_WRITE,
            'x', Section.SHF_EXECINSTR,
            'M', Section.SHF_MERGE,
            'S', Section.SHF_STRINGS,
            'T', SectionKinds.SHF_TLS);
    private static final Map<String, Integer> TYPES = Map.of(
            "progbits", Section.SHT_PROGBITS,
            "nobits", Section.SHT_NOBITS,
            "note", SectionKinds.SHT_NOTE,
            "init_array", Section.SHT_INIT_ARRAY,
            "fini_array", Section.SHT_FINI_ARRAY,
            "preinit_array", SectionKinds.SHT_PREINIT_ARRAY);

    private SectionDirectives() {
    }

    static void register(Map<String, Directive> table) {
        for (String name : new String[] {".text", ".data", ".bss"}) {
            table.put(name, (context, call) -> standard(context, call, name));
        }
        table.put(".section", (context, call) -> section(context, call, false));
        table.put(".pushsection", (context, call) -> section(context, call, true));
        table.put(".popsection", (context, call) -> {
            call.args().expectEnd();
            context.sections().pop(call.name().start());
        });
        table.put(".previous", (context, call) -> {
            call.args().expectEnd();
            context.sections().swapWithPrevious();
        });
    }

    private static void standard(DirectiveContext context, DirectiveCall call, String name) {
        int subsection = call.args().atEnd() ? 0 : (int) context.absolute(call.args());
        call.args().expectEnd();
        Sections sections = context.sections();
        sections.switchTo(sections.find(name), subsection);
    }

    private static void section(DirectiveContext context, DirectiveCall call, boolean push) {
        TokenCursor args = call.args();
        String name = name(call);
        Integer flags = null;
        Integer type = null;
        int entrySize = 0;
        int attributesColumn = args.column();
        if (args.accept(",")) {
            flags = flags(call);
            if (args.accept(",")) {
                type = type(context, args);
                if (args.accept(",")) {
                    entrySize = (int) context.absolute(args);
                }
            }
        }
        args.expectEnd();
        Sections sections = context.sections();
        SectionState section = sections.find(name);
        if (section == null) {
            section = flags == null ? sections.create(name) : sections.create(name,
                    type != null ? type : SectionKinds.defaults(name)[0], flags, entrySize);
        } else if (flags != null && (flags != section.flags() || (type != null && type != section.type()))) {
            context.warning(attributesColumn, "ignoring changed section attributes for " + name);
        }
        if (push) {
            sections.push(section, 0);
        } else {
            sections.switchTo(section, 0);
        }
    }

    /** A section name: a string, or the raw characters up to a comma or blank (so .note.GNU-stack works). */
    private static String name(DirectiveCall call) {
        TokenCursor args = call.args();
        Token first = args.peek();
        if (first.kind() == Token.Kind.STRING) {
            return call.stringText();
        }
        if (first.kind() == Token.Kind.END) {
            throw new AsmException(first.start(), "expected a section name");
        }
        String text = call.text();
        int end = first.start();
        while (end < text.length() && text.charAt(end) != ',' && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        while (!args.atEnd() && args.peek().start() < end) {
            args.next();
        }
        return text.substring(first.start(), end);
    }

    private static int flags(DirectiveCall call) {
        int column = call.args().column();
        String letters = call.stringText();
        int flags = 0;
        for (char letter : letters.toCharArray()) {
            Integer flag = FLAGS.get(letter);
            if (flag == null) {
                throw new AsmException(column, "unsupported section flag '" + letter + "'");
            }
            flags |= flag;
        }
        return flags;
    }

    /** The type named at the cursor; an unknown one is warned about and left to the name, as GNU does. */
    private static Integer type(DirectiveContext context, TokenCursor args) {
        Token token = args.peek();
        String name;
        if (token.is("@") || token.is("%")) {
            args.next();
            name = args.expectIdentifier("a section type").text();
        } else if (token.kind() == Token.Kind.STRING) {
            args.next();
            name = new String(token.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw new AsmException(token.start(), "expected a section type such as @progbits" + TokenCursor.found(token));
        }
        Integer type = TYPES.get(name);
        if (type == null) {
            context.warning(token.start(), "unknown section type '" + name + "' ignored");
        }
        return type;
    }
}
