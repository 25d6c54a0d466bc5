package strata.assembler.asm.directive;

import java.nio.file.Path;
import java.util.List;
import strata.assembler.asm.expr.Evaluator;
import strata.assembler.asm.expr.Value;
import strata.assembler.asm.insn.InstructionAssembler;
import strata.assembler.asm.lex.TokenCursor;
import strata.assembler.asm.macro.BodyCollector;
import strata.assembler.asm.macro.Conditionals;
import strata.assembler.asm.macro.Macros;
import strata.assembler.asm.section.Sections;
import strata.assembler.asm.source.SourceLine;
import strata.assembler.asm.source.Statement;
import strata.assembler.asm.symbol.SymbolTable;

/** What directives act on: the assembler's state, and the services of its statement loop. */
public interface DirectiveContext {

    Sections sections();

    SymbolTable symbols();

    RiscvOptions riscvOptions();

    Conditionals conditionals();

    Macros macros();

    /** The instruction assembler, for {@code .insn}. */
    InstructionAssembler instructions();

    /** The line of the statement being assembled. */
    SourceLine line();

    /** Reads an expression and evaluates it. */
    Value evaluate(TokenCursor args, Evaluator.Mode mode);

    /** Reads an expression that must be a number now (labels a fixed distance apart fold). */
    long absolute(TokenCursor args);

    void warning(int column, String message);

    /** Sends the following statements to {@code collector} until it has its body. */
    void collect(BodyCollector collector);

    /** Assembles {@code statements} next, {@code times} times, as an expansion described by {@code what}. */
    void expand(List<Statement> statements, long times, String what, boolean macro);

    /** Ends the innermost macro expansion; false if there is none. */
    boolean exitMacro();

    /**
     * The file {@code name} names, looked for as {@code .include} looks: beside the current file,
     * in each include directory, in the working directory; null if there is none.
     */
    Path findFile(String name);

    /** Reads {@code name} next, found as {@link #findFile} finds it. */
    void include(String name, int column);

    /** Stops assembling ({@code .end}). */
    void end();

    /** Names the source file in the symbol table ({@code .file}). */
    void setFileName(String name);
}
