package strata.assembler.asm.insn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.expr.Evaluator;
import strata.assembler.asm.expr.ExprParser;
import strata.assembler.asm.lex.Token;
import strata.assembler.asm.lex.TokenCursor;
import strata.assembler.asm.symbol.AsmSymbol;

/**
 * Assembles one instruction statement. A mnemonic may have several forms (its table row, alias
 * rows, a pseudo-instruction expansion); they are tried in order, as GNU {@code as} tries its
 * opcode table, and the first whose template the operands fit is emitted. If none fits, the
 * error is that of a form whose only fault is a value out of range, else of the form that fit
 * furthest. Mnemonics are not case-sensitive; register names are. An {@code .insn} statement is
 * read the same way, its format's templates ({@link InsnForms}) taking the place of a mnemonic's
 * forms.
 *
 * <p>Symbols named while trying a form count as referenced only if that form is the one used,
 * so a register name tried as an expression does not leave a symbol behind.
 */
public final class InstructionAssembler {
    private final Map<String, List<Form>> forms = new HashMap<>();
    private final ExprParser parser;
    private final Evaluator.Context context;

    public InstructionAssembler(ExprParser parser, Evaluator.Context context) {
        this.parser = parser;
        this.context = context;
    }

    /** The mnemonics of the multi-instruction pseudo-instructions (li, la, call, ...). */
    public static java.util.Set<String> pseudoMnemonics() {
        return Pseudos.mnemonics();
    }

    /** The instruction formats .insn takes by name (r, i, ...). */
    public static java.util.Set<String> insnFormats() {
        return InsnForms.formats();
    }

    public void assemble(Token mnemonic, TokenCursor cursor, InstructionSink sink) {
        List<Form> candidates = formsOf(mnemonic.text().toLowerCase(Locale.ROOT));
        if (candidates.isEmpty()) {
            throw new AsmException(mnemonic.start(), "unknown instruction '" + mnemonic.text() + "'");
        }
        emitFirstFitting(candidates, mnemonic.text(), cursor, sink);
    }

    /**
     * {@code .insn}: an instruction given by its format and fields ({@link InsnForms}), or by its
     * 32-bit value, optionally after its length in bytes ({@code .insn 4, 0x00a00513}).
     */
    public void assembleInsn(Token directive, TokenCursor cursor, InstructionSink sink) {
        Token kind = cursor.peek();
        List<Form> forms = kind.isIdentifier() ? InsnForms.of(kind.text()) : List.of();
        if (!forms.isEmpty()) {
            cursor.next();
            emitFirstFitting(forms, directive.text() + " " + kind.text(), cursor, sink);
            return;
        }
        if (kind.isIdentifier() && InsnForms.isCompressed(kind.text())) {
            throw new AsmException(kind.start(), "the compressed format '" + kind.text()
                    + "' needs the C extension, which Strata does not support yet");
        }
        sink.beginInstruction();
        sink.instruction(InsnValue.read(cursor, parser, new Evaluator(context)), null, null, kind.start());
    }

    /** Emits the first form whose template the operands fit; {@code what} names the instruction in errors. */
    private void emitFirstFitting(List<Form> candidates, String what, TokenCursor cursor, InstructionSink sink) {
        sink.beginInstruction();
        int start = cursor.mark();
        OperandParser.Mismatch best = null;
        for (Form form : candidates) {
            cursor.reset(start);
            Probe probe = new Probe(context);
            try {
                Operands operands = new OperandParser(parser, new Evaluator(probe)).parse(form.syntax(), cursor);
                Token rest = cursor.peek();
                if (rest.kind() != Token.Kind.END) {
                    throw new OperandParser.Mismatch(rest.start(), OperandParser.WRONG_KIND,
                            "unexpected '" + rest.text() + "' after the operands");
                }
                form.action().emit(operands, sink);
                probe.commit();
                return;
            } catch (OperandParser.Mismatch mismatch) {
                if (best == null || mismatch.weight > best.weight
                        || (mismatch.weight == best.weight && mismatch.column > best.column)) {
                    best = mismatch;
                }
            }
        }
        throw new AsmException(best.column, best.getMessage() + " (in '" + what + "')");
    }

    private List<Form> formsOf(String mnemonic) {
        return forms.computeIfAbsent(mnemonic, m -> {
            List<Form> all = new ArrayList<>(MachineForms.of(m));
            all.addAll(Pseudos.of(m));
            return all;
        });
    }

    /**
     * The evaluation context while trying a form: it notes the symbols named and the warnings
     * given, which take effect only if the form is the one used.
     */
    private static final class Probe implements Evaluator.Context {
        private record Warning(int column, String message) {
        }

        private final Evaluator.Context outer;
        private final List<String> names = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();

        Probe(Evaluator.Context outer) {
            this.outer = outer;
        }

        @Override
        public AsmSymbol symbol(String name) {
            names.add(name);
            return outer.lookup(name);
        }

        @Override
        public AsmSymbol here() {
            return outer.here();
        }

        @Override
        public AsmSymbol lookup(String name) {
            return outer.lookup(name);
        }

        @Override
        public void warning(int column, String message) {
            warnings.add(new Warning(column, message));
        }

        void commit() {
            for (String name : names) {
                outer.symbol(name);
            }
            for (Warning warning : warnings) {
                outer.warning(warning.column(), warning.message());
            }
        }
    }
}
