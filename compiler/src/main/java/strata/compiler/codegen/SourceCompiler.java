package strata.compiler.codegen;

import strata.compiler.ast.Mod;
import strata.compiler.ast.Span;
import strata.compiler.code.CodeObject;
import strata.compiler.error.ErrorKind;
import strata.compiler.error.PythonSyntaxError;
import strata.compiler.parse.Parser;
import strata.compiler.symtable.CompileError;
import strata.compiler.token.Source;

/**
 * Python source to its module code object, the whole way: decode, parse, symbol tables, code
 * generation. Every error the source can cause, the parser's or the compiler's, comes out as the
 * {@link PythonSyntaxError} CPython would raise, with the source line it points at.
 */
public final class SourceCompiler {
    private SourceCompiler() {
    }

    /** The code object of a source file's bytes; {@link PythonSyntaxError} if CPython would not compile it. */
    public static CodeObject compile(byte[] bytes, String filename) {
        Source source = Source.decode(bytes);
        Mod.Module module = Parser.parse(source);
        try {
            return Compiler.compile(module, filename);
        } catch (CompileError e) {
            throw syntaxError(source, e);
        }
    }

    /** The compiler's error as CPython reports it: 1-based character offsets on the line it points at. */
    static PythonSyntaxError syntaxError(Source source, CompileError e) {
        Span span = e.span();
        String line = source.lineText(span.lineno());
        String endLine = source.lineText(span.endLineno());
        return new PythonSyntaxError(ErrorKind.SyntaxError, e.getMessage(), span.lineno(),
                characters(line, span.colOffset()) + 1, span.endLineno(), characters(endLine, span.endColOffset()) + 1,
                line);
    }

    /** The number of characters in the first {@code bytes} UTF-8 bytes of {@code line}. */
    private static int characters(String line, int bytes) {
        if (line == null) {
            return bytes;
        }
        int count = 0;
        int seen = 0;
        for (int i = 0; i < line.length() && seen < bytes; i = line.offsetByCodePoints(i, 1)) {
            int c = line.codePointAt(i);
            seen += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            count++;
        }
        return count;
    }
}
