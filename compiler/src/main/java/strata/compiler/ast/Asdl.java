package strata.compiler.ast;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPython's {@code Parser/Python.asdl} (3.11), read from the copy beside this class: the names,
 * fields, field order and optional/list marks of every node. The dumper takes field names and the
 * "omit when None" rule from here, and a test checks the Java records against it.
 */
public record Asdl(List<Type> types) {

    /** How many values a field holds: {@code T}, {@code T?} or {@code T*}. */
    public enum Quantity { ONE, OPTIONAL, SEQUENCE }

    public record Field(String type, String name, Quantity quantity) {
    }

    /** A sum constructor, or the single shape of a product type (named as the type). */
    public record Constructor(String name, List<Field> fields, List<Field> attributes) {
    }

    /** A type; {@code product} types have exactly one constructor. */
    public record Type(String name, boolean product, List<Constructor> constructors) {
    }

    private static final Pattern TOKEN = Pattern.compile("--[^\\n]*|\\s+|([A-Za-z_][A-Za-z_0-9]*|[=|(),?*{}])");

    private static final Asdl PYTHON = read();

    /** The 3.11 grammar of the AST. */
    public static Asdl python() {
        return PYTHON;
    }

    /** Every constructor (of sums and products), by name. */
    public Map<String, Constructor> constructors() {
        Map<String, Constructor> all = new LinkedHashMap<>();
        for (Type type : types) {
            for (Constructor constructor : type.constructors) {
                all.put(constructor.name, constructor);
            }
        }
        return all;
    }

    private static Asdl read() {
        try (InputStream in = Asdl.class.getResourceAsStream("Python.asdl")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses ASDL text: {@code module Name { type = ... }}. */
    static Asdl parse(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.lookingAt()) {
            if (matcher.group(1) != null) {
                tokens.add(matcher.group(1));
            }
            matcher.region(matcher.end(), text.length());
        }
        if (matcher.regionStart() != text.length()) {
            throw new IllegalArgumentException("ASDL: unexpected text at offset " + matcher.regionStart());
        }
        return new Reader(tokens).module();
    }

    /** A recursive-descent reader over the ASDL tokens. */
    private static final class Reader {
        private final List<String> tokens;
        private int next;

        Reader(List<String> tokens) {
            this.tokens = tokens;
        }

        Asdl module() {
            expect("module");
            take();
            expect("{");
            List<Type> types = new ArrayList<>();
            while (!peek().equals("}")) {
                types.add(type());
            }
            return new Asdl(List.copyOf(types));
        }

        private Type type() {
            String name = take();
            expect("=");
            if (peek().equals("(")) {
                List<Field> fields = fields();
                return new Type(name, true, List.of(new Constructor(name, fields, attributes())));
            }
            List<String> names = new ArrayList<>();
            List<List<Field>> fieldLists = new ArrayList<>();
            do {
                names.add(take());
                fieldLists.add(peek().equals("(") ? fields() : List.of());
            } while (accept("|"));
            List<Field> attributes = attributes();
            List<Constructor> constructors = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                constructors.add(new Constructor(names.get(i), fieldLists.get(i), attributes));
            }
            return new Type(name, false, List.copyOf(constructors));
        }

        private List<Field> attributes() {
            return accept("attributes") ? fields() : List.of();
        }

        private List<Field> fields() {
            expect("(");
            List<Field> fields = new ArrayList<>();
            do {
                String type = take();
                Quantity quantity = accept("?") ? Quantity.OPTIONAL : accept("*") ? Quantity.SEQUENCE : Quantity.ONE;
                fields.add(new Field(type, take(), quantity));
            } while (accept(","));
            expect(")");
            return List.copyOf(fields);
        }

        private String peek() {
            return tokens.get(next);
        }

        private String take() {
            return tokens.get(next++);
        }

        private boolean accept(String token) {
            if (next < tokens.size() && tokens.get(next).equals(token)) {
                next++;
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!accept(token)) {
                throw new IllegalArgumentException("ASDL: expected '" + token + "' at token " + next);
            }
        }
    }
}
