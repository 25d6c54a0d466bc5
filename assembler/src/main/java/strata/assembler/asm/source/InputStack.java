package strata.assembler.asm.source;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where statements come from: the file being assembled, files it includes, and macro or
 * repetition expansions, as a stack. The top frame is read until it runs out, then the one
 * below resumes, so an expansion's statements run where it was invoked.
 */
public final class InputStack {

    /** A file being read, split into statements line by line. */
    private static final class FileFrame {
        final String name;
        final Path path;
        final List<String> lines;
        final Expansion includedFrom;
        final LineSplitter splitter = new LineSplitter();
        final Deque<Statement> pending = new ArrayDeque<>();
        int next;

        FileFrame(String name, Path path, List<String> lines, Expansion includedFrom) {
            this.name = name;
            this.path = path;
            this.lines = lines;
            this.includedFrom = includedFrom;
        }
    }

    /** The statements of a macro or repetition expansion, {@code times} times over. */
    private static final class ExpansionFrame {
        final List<Statement> statements;
        final boolean macro;
        long times;
        int next;

        ExpansionFrame(List<Statement> statements, long times, boolean macro) {
            this.statements = statements;
            this.times = times;
            this.macro = macro;
        }
    }

    private final Deque<Object> frames = new ArrayDeque<>();
    private int linesRead;

    /** Starts reading a file; {@code includedFrom} is null for the file being assembled. */
    public void pushFile(String name, Path path, List<String> lines, Expansion includedFrom) {
        frames.push(new FileFrame(name, path, lines, includedFrom));
    }

    /** Reads {@code statements} next, {@code times} times over ({@code .rept}). */
    public void pushExpansion(List<Statement> statements, long times, boolean macro) {
        if (times > 0 && !statements.isEmpty()) {
            frames.push(new ExpansionFrame(statements, times, macro));
        }
    }

    /** The next statement, or null when every frame is done. */
    public Statement next() {
        while (!frames.isEmpty()) {
            Object top = frames.peek();
            Statement statement = top instanceof FileFrame file ? nextOf(file) : nextOf((ExpansionFrame) top);
            if (statement != null) {
                return statement;
            }
            frames.pop();
        }
        return null;
    }

    private Statement nextOf(FileFrame file) {
        while (file.pending.isEmpty() && file.next < file.lines.size()) {
            String text = file.lines.get(file.next++);
            linesRead++;
            SourceLine line = new SourceLine(file.name, file.next, text, file.includedFrom);
            for (String statement : file.splitter.split(text)) {
                file.pending.add(new Statement(line, statement));
            }
        }
        return file.pending.poll();
    }

    private static Statement nextOf(ExpansionFrame expansion) {
        if (expansion.next == expansion.statements.size() && expansion.times > 1) {
            expansion.times--;
            expansion.next = 0;
        }
        return expansion.next < expansion.statements.size() ? expansion.statements.get(expansion.next++) : null;
    }

    /** Ends the innermost macro expansion ({@code .exitm}); false if no macro is being expanded. */
    public boolean exitMacro() {
        while (!frames.isEmpty()) {
            Object top = frames.pop();
            if (top instanceof ExpansionFrame expansion && expansion.macro) {
                return true;
            }
            if (top instanceof FileFrame) {
                frames.push(top);
                return false;
            }
        }
        return false;
    }

    /** Stops reading everything ({@code .end}). */
    public void clear() {
        frames.clear();
    }

    /** The files being read, innermost first, for finding include loops. */
    public List<Path> openFiles() {
        List<Path> paths = new ArrayList<>();
        for (Object frame : frames) {
            if (frame instanceof FileFrame file && file.path != null) {
                paths.add(file.path);
            }
        }
        return paths;
    }

    /** The innermost file being read, for resolving a relative include; null when reading text. */
    public Path currentFile() {
        for (Object frame : frames) {
            if (frame instanceof FileFrame file) {
                return file.path;
            }
        }
        return null;
    }

    /** How many frames are open: nested includes and expansions. */
    public int depth() {
        return frames.size();
    }

    /** How many physical lines have been read from files. */
    public int linesRead() {
        return linesRead;
    }
}
