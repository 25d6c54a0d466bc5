package strata.assembler.asm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import strata.assembler.asm.directive.Directive;
import strata.assembler.asm.directive.DirectiveCall;
import strata.assembler.asm.directive.DirectiveContext;
import strata.assembler.asm.directive.Directives;
import strata.assembler.asm.directive.MacroDirectives;
import strata.assembler.asm.directive.RiscvOptions;
import strata.assembler.asm.expr.Evaluator;
import strata.assembler.asm.expr.ExprParser;
import strata.assembler.asm.expr.Value;
import strata.assembler.asm.insn.InstructionAssembler;
import strata.assembler.asm.lex.Lexer;
import strata.assembler.asm.lex.Token;
import strata.assembler.asm.lex.TokenCursor;
import strata.assembler.asm.macro.BodyCollector;
import strata.assembler.asm.macro.Conditionals;
import strata.assembler.asm.macro.Macro;
import strata.assembler.asm.macro.Macros;
import strata.assembler.asm.output.ObjectBuilder;
import strata.assembler.asm.output.Problems;
import strata.assembler.asm.section.Sections;
import strata.assembler.asm.source.Expansion;
import strata.assembler.asm.source.InputStack;
import strata.assembler.asm.source.SourceLine;
import strata.assembler.asm.source.Statement;
import strata.assembler.asm.symbol.AsmSymbol;
import strata.assembler.asm.symbol.Sequence;
import strata.assembler.asm.symbol.SymbolTable;
import strata.assembler.diag.Diagnostic;
import strata.assembler.object.ObjectFile;

/**
 * One run of the assembler over one file: the statement loop and the state it works on. A
 * statement is, in order: collected into a macro or repetition body if one is open, skipped if
 * a conditional block is off (except conditional directives), else its labels are defined and
 * the rest is a {@code name = expr} assignment, a directive, a macro call or an instruction.
 * Any error ends the statement, not the run; the object is built even then, for the errors only
 * found while building it, but it is handed out only if there were none.
 */
final class Session implements DirectiveContext, Evaluator.Context, Problems {
    /** Nested includes and expansions beyond this are taken to be endless recursion (GNU's limit too). */
    private static final int MAX_NESTING = 100;
    /** Expansions beyond this many statements in all are taken to be runaway recursion. */
    private static final long MAX_EXPANDED = 2_000_000;
    /** After this many errors the rest of the file is not read: it would only bury the first ones. */
    private static final int MAX_ERRORS = 10_000;

    private final AssemblerOptions options;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Sequence sequence = new Sequence();
    private final SymbolTable symbols = new SymbolTable(sequence);
    private final RiscvOptions riscvOptions = new RiscvOptions();
    private final Sections sections = new Sections(symbols, sequence, riscvOptions::relax);
    private final ExprParser parser = new ExprParser(symbols::referenceLocal);
    private final Evaluator evaluator = new Evaluator(this);
    private final InstructionAssembler instructions = new InstructionAssembler(parser, this);
    private final Conditionals conditionals = new Conditionals();
    private final Macros macros = new Macros();
    private final InputStack input = new InputStack();
    private BodyCollector collector;
    private SourceLine line;
    private String fileName;
    private String mainFile;
    private long expanded;
    private int errors;

    Session(AssemblerOptions options) {
        this.options = options;
        for (Map.Entry<String, Long> symbol : options.definedSymbols().entrySet()) {
            symbols.lookup(symbol.getKey()).defineEquated(Value.constant(symbol.getValue()), true, null);
        }
    }

    AssemblyResult run(String name, Path path, List<String> lines) {
        mainFile = name;
        input.pushFile(name, path, lines, null);
        Statement statement;
        while ((statement = input.next()) != null) {
            process(statement);
        }
        finishReading();
        sections.padCodeSectionEnds(riscvOptions.relax());
        ObjectFile object = new ObjectBuilder(sections, symbols, sequence, this, riscvOptions.relax(), fileName).build();
        return new AssemblyResult(hasErrors() ? null : object, List.copyOf(diagnostics), input.linesRead());
    }

    private boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    private void process(Statement statement) {
        line = statement.line();
        sections.setLine(line);
        try {
            if (collector != null) {
                BodyCollector open = collector;
                try {
                    open.accept(statement, leadingDirective(statement.text()));
                } finally {
                    if (open.closed() && collector == open) {
                        collector = null;
                    }
                }
                return;
            }
            if (!conditionals.active()) {
                String directive = leadingDirective(statement.text());
                if (directive != null && Directives.isConditional(directive)) {
                    assemble(statement.text());
                }
                return;
            }
            assemble(statement.text());
        } catch (AsmException e) {
            error(line, e.column(), e.getMessage());
        }
    }

    private void assemble(String text) {
        TokenCursor cursor = new TokenCursor(Lexer.tokenize(text));
        defineLabels(cursor);
        if (cursor.atEnd()) {
            return;
        }
        Token head = cursor.next();
        if (!head.isIdentifier()) {
            throw new AsmException(head.start(), "expected a label, directive or instruction, found '" + head.text() + "'");
        }
        if (cursor.accept("=")) {
            Directives.assign(this, head, cursor);
            return;
        }
        String name = head.text().toLowerCase(Locale.ROOT);
        Directive directive = Directives.find(name);
        if (directive != null) {
            directive.run(this, new DirectiveCall(head, cursor, text));
            return;
        }
        Macro macro = macros.find(head.text());
        if (macro != null) {
            MacroDirectives.call(this, macro, new DirectiveCall(head, cursor, text));
            return;
        }
        if (name.startsWith(".")) {
            throw new AsmException(head.start(), "unknown directive '" + head.text() + "'");
        }
        instructions.assemble(head, cursor, sections);
    }

    private void defineLabels(TokenCursor cursor) {
        while (cursor.peekSecond().is(":")) {
            Token label = cursor.peek();
            String name;
            if (label.isIdentifier()) {
                name = label.text();
            } else if (label.kind() == Token.Kind.NUMBER) {
                name = symbols.defineLocal(label.value());
            } else {
                return;
            }
            cursor.next();
            cursor.next();
            AsmSymbol symbol = symbols.lookup(name);
            if (symbol.kind() != AsmSymbol.Kind.UNDEFINED && !symbol.redefinable()) {
                SourceLine where = symbol.definedAt();
                throw new AsmException(label.start(), "symbol '" + name + "' is already defined"
                        + (where == null ? "" : " at " + where.file() + ":" + where.number()));
            }
            symbol.defineLabel(sections.here(), line);
        }
    }

    /** The directive a statement starts with, after any labels, in lower case; null if none. */
    private static String leadingDirective(String text) {
        int i = 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Lexer.isNamePart(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                return null;
            }
            int after = i;
            while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            if (after < text.length() && text.charAt(after) == ':') {
                i = after + 1;
                continue;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            return word.startsWith(".") ? word : null;
        }
    }

    private void finishReading() {
        if (collector != null) {
            error(collector.opened(), -1, "missing " + collector.kind().closer() + " for this "
                    + (collector.kind() == BodyCollector.Kind.MACRO ? ".macro" : "block"));
        }
        for (SourceLine open : conditionals.unclosed()) {
            error(open, -1, "missing .endif for this conditional");
        }
        for (AsmSymbol symbol : symbols.all()) {
            if (symbol.kind() == AsmSymbol.Kind.UNDEFINED && symbol.referenced() && symbol.name().indexOf('\u0002') >= 0) {
                String label = symbol.name().substring(2, symbol.name().indexOf('\u0002'));
                error(symbol.firstReference(), -1, "local label '" + label + "f' is never defined");
            }
        }
    }

    // --- diagnostics ----------------------------------------------------------------------

    @Override
    public void error(SourceLine where, int column, String message) {
        diagnostics.add(diagnostic(Diagnostic.Severity.ERROR, where, column, message));
        if (++errors == MAX_ERRORS) {
            input.clear();
            diagnostics.add(diagnostic(Diagnostic.Severity.ERROR, where, -1, "too many errors (" + MAX_ERRORS
                    + "); assembly stops here"));
        }
    }

    @Override
    public void error(String message) {
        diagnostics.add(Diagnostic.error(mainFile, message));
    }

    @Override
    public void warning(SourceLine where, int column, String message) {
        diagnostics.add(diagnostic(Diagnostic.Severity.WARNING, where, column, message));
    }

    @Override
    public void warning(int column, String message) {
        warning(line, column, message);
    }

    private static Diagnostic diagnostic(Diagnostic.Severity severity, SourceLine where, int column, String message) {
        if (where == null) {
            return new Diagnostic(severity, "<command line>", 0, 0, message, null);
        }
        String text = where.expansion() == null ? message : message + where.expansion().describe();
        return new Diagnostic(severity, where.file(), where.number(), column >= 0 ? column + 1 : 0, text,
                column >= 0 ? where.text() : where.text().strip());
    }

    // --- evaluation -----------------------------------------------------------------------

    @Override
    public AsmSymbol symbol(String name) {
        AsmSymbol symbol = symbols.lookup(name);
        symbol.markReferenced(line);
        return symbol;
    }

    @Override
    public AsmSymbol lookup(String name) {
        return symbols.lookup(name);
    }

    @Override
    public AsmSymbol here() {
        return symbols.fakeLabel(sections.here(), true);
    }

    @Override
    public Value evaluate(TokenCursor args, Evaluator.Mode mode) {
        return evaluator.evaluate(parser.parse(args), mode);
    }

    @Override
    public long absolute(TokenCursor args) {
        int column = args.column();
        Value value = evaluate(args, Evaluator.Mode.FOLD);
        if (!value.isConstant()) {
            AsmSymbol symbol = value.plus() != null ? value.plus() : value.minus();
            String why = symbol.kind() == AsmSymbol.Kind.UNDEFINED
                    ? "'" + symbol.name().strip() + "' is not defined here" : "it depends on an address";
            throw new AsmException(column, "expected a constant expression, but " + why);
        }
        return value.addend();
    }

    // --- services for directives ----------------------------------------------------------

    @Override
    public Sections sections() {
        return sections;
    }

    @Override
    public SymbolTable symbols() {
        return symbols;
    }

    @Override
    public RiscvOptions riscvOptions() {
        return riscvOptions;
    }

    @Override
    public Conditionals conditionals() {
        return conditionals;
    }

    @Override
    public Macros macros() {
        return macros;
    }

    @Override
    public InstructionAssembler instructions() {
        return instructions;
    }

    @Override
    public SourceLine line() {
        return line;
    }

    @Override
    public void collect(BodyCollector bodyCollector) {
        collector = bodyCollector;
    }

    @Override
    public void expand(List<Statement> statements, long times, String what, boolean macro) {
        checkNesting();
        expanded += statements.size() * times;
        if (expanded > MAX_EXPANDED) {
            input.clear();
            throw new AsmException(-1, "macros and repetitions expand to more than " + MAX_EXPANDED
                    + " statements; assembly stops here");
        }
        Expansion expansion = new Expansion(what, line.file(), line.number(), line.expansion());
        List<Statement> wrapped = new ArrayList<>(statements.size());
        for (Statement statement : statements) {
            wrapped.add(new Statement(statement.line().withText(statement.text(), expansion), statement.text()));
        }
        input.pushExpansion(wrapped, times, macro);
    }

    /** Too deep a nesting is taken as endless recursion and, as in GNU, ends the assembly. */
    private void checkNesting() {
        if (input.depth() >= MAX_NESTING) {
            input.clear();
            throw new AsmException(-1, "macros, repetitions and includes nest more than " + MAX_NESTING
                    + " deep; assembly stops here");
        }
    }

    @Override
    public boolean exitMacro() {
        return input.exitMacro();
    }

    @Override
    public Path findFile(String name) {
        return Includes.find(name, input.currentFile(), options.includeDirectories());
    }

    @Override
    public void include(String name, int column) {
        Path found = findFile(name);
        if (found == null) {
            throw new AsmException(column, "cannot find include file '" + name + "'");
        }
        Path real = Includes.real(found);
        if (input.openFiles().contains(real)) {
            throw new AsmException(column, "include loop: '" + name + "' is already being read");
        }
        checkNesting();
        List<String> lines;
        try {
            lines = SourceText.lines(Files.readAllBytes(found));
        } catch (IOException e) {
            throw new AsmException(column, "cannot read include file '" + name + "': " + e.getMessage());
        }
        input.pushFile(found.toString(), real, lines,
                new Expansion("included from", line.file(), line.number(), line.expansion()));
    }

    @Override
    public void end() {
        input.clear();
    }

    @Override
    public void setFileName(String name) {
        fileName = name;
    }
}
