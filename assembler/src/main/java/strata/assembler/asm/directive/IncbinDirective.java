package strata.assembler.asm.directive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.lex.TokenCursor;
import strata.assembler.asm.section.Layout;

/**
 * {@code .incbin "file"[, skip[, count]]}: the bytes of a file, as data, from byte {@code skip}
 * (default 0), {@code count} of them (default, and, as in GNU {@code as}, also for 0: the rest).
 * The file is looked for as {@code .include} looks for one.
 */
final class IncbinDirective {

    private IncbinDirective() {
    }

    static void register(Map<String, Directive> table) {
        table.put(".incbin", IncbinDirective::incbin);
    }

    private static void incbin(DirectiveContext context, DirectiveCall call) {
        TokenCursor args = call.args();
        int column = args.column();
        String name = call.stringText();
        long skip = 0;
        long count = 0;
        if (args.accept(",")) {
            skip = context.absolute(args);
            if (args.accept(",")) {
                int countColumn = args.column();
                count = context.absolute(args);
                if (count == 0) {
                    context.warning(countColumn, ".incbin count 0 is taken as the rest of the file");
                }
            }
        }
        args.expectEnd();
        Path file = context.findFile(name);
        if (file == null) {
            throw new AsmException(column, "cannot find file '" + name + "' for .incbin");
        }
        context.sections().bytes(read(file, name, skip, count, column), column);
    }

    /** {@code count} bytes of {@code file} from {@code skip}; a count of 0 means to the end. */
    private static byte[] read(Path file, String name, long skip, long count, int column) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            long length = count == 0 ? size - skip : count;
            if (skip < 0 || length < 0 || skip + length > size) {
                throw new AsmException(column, "skip " + skip + " and count " + length + " do not fit in '" + name
                        + "', which has " + size + " bytes");
            }
            if (length > Layout.MAX_SECTION_SIZE) {
                throw new AsmException(column, length + " bytes is more than the " + (Layout.MAX_SECTION_SIZE >> 20)
                        + " MiB a section may hold");
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) length);
            channel.position(skip);
            while (bytes.hasRemaining()) {
                if (channel.read(bytes) < 0) {
                    throw new AsmException(column, "'" + name + "' ended early, after " + bytes.position() + " bytes");
                }
            }
            return bytes.array();
        } catch (IOException e) {
            throw new AsmException(column, "cannot read '" + name + "': " + e.getMessage());
        }
    }
}
