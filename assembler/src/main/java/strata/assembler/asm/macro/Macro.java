package strata.assembler.asm.macro;

import java.util.List;
import strata.assembler.asm.source.SourceLine;
import strata.assembler.asm.source.Statement;

/** A macro defined with {@code .macro}: its parameters, its body as written, where it was defined. */
public record Macro(String name, List<Parameter> parameters, List<Statement> body, SourceLine definedAt) {

    /**
     * A parameter: {@code name}, its default ({@code name=value}), and whether an argument is
     * required ({@code name:req}) or it takes all remaining arguments ({@code name:vararg}).
     */
    public record Parameter(String name, String defaultValue, boolean required, boolean vararg) {
    }
}
