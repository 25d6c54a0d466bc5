package strata.compiler.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import strata.compiler.ast.Arg;
import strata.compiler.ast.Arguments;
import strata.compiler.ast.AsdlName;
import strata.compiler.ast.BoolOperator;
import strata.compiler.ast.CmpOperator;
import strata.compiler.ast.Comprehension;
import strata.compiler.ast.ExceptHandler;
import strata.compiler.ast.Expr;
import strata.compiler.ast.ExprContext;
import strata.compiler.ast.Keyword;
import strata.compiler.ast.MatchCase;
import strata.compiler.ast.Mod;
import strata.compiler.ast.Operator;
import strata.compiler.ast.Pattern;
import strata.compiler.ast.Span;
import strata.compiler.ast.Stmt;
import strata.compiler.ast.TypeIgnore;
import strata.compiler.ast.UnaryOperator;
import strata.compiler.ast.Value;
import strata.compiler.ast.WithItem;
import strata.testkit.Python;
import strata.testkit.Run;

/**
 * CPython's own parse of Python files, as Strata's AST records: python3 walks {@code ast.parse}'s
 * tree and prints it as a stream of tokens that this class reads back by reflection over the
 * records. The back end's tests use it so that they judge symbol tables and code generation on
 * exactly the tree CPython compiles, whatever the state of Strata's parser.
 */
public final class CPythonAst {
    private static final String EMITTER = """
            import ast, sys
            def emit(x, out):
                if isinstance(x, ast.AST):
                    out.append('N ' + type(x).__name__)
                    for f in x._fields: emit(getattr(x, f, None), out)
                    for a in x._attributes: out.append('I %d' % getattr(x, a))
                elif isinstance(x, list):
                    out.append('L %d' % len(x))
                    for i in x: emit(i, out)
                elif x is None: out.append('-')
                elif x is Ellipsis: out.append('E')
                elif isinstance(x, bool): out.append('T' if x else 'F')
                elif isinstance(x, int): out.append('I %d' % x)
                elif isinstance(x, float): out.append('D ' + x.hex())
                elif isinstance(x, complex): out.append('C %s %s' % (x.real.hex(), x.imag.hex()))
                elif isinstance(x, str): out.append('S ' + x.encode('utf-16-le', 'surrogatepass').hex())
                elif isinstance(x, bytes): out.append('B ' + x.hex())
                else: raise TypeError(type(x))
            for path in sys.argv[1:]:
                try:
                    with open(path, 'rb') as f: tree = ast.parse(f.read(), path)
                except (SyntaxError, ValueError) as e:
                    print('X ' + type(e).__name__)
                    continue
                out = []
                emit(tree, out)
                print('\\n'.join(out))
            """;
    private static final Map<String, Class<?>> NODES = new HashMap<>();
    private static final Map<String, Enum<?>> ENUMS = new HashMap<>();

    static {
        for (Class<?> family : List.of(Mod.class, Stmt.class, Expr.class, Pattern.class)) {
            for (Class<?> type : family.getPermittedSubclasses()) {
                register(type);
            }
        }
        for (Class<?> type : List.of(Arguments.class, Arg.class, Keyword.class, strata.compiler.ast.Alias.class,
                Comprehension.class, ExceptHandler.class, WithItem.class, MatchCase.class, TypeIgnore.class)) {
            register(type);
        }
        for (Class<? extends Enum<?>> type : List.of(ExprContext.class, Operator.class, UnaryOperator.class,
                CmpOperator.class, BoolOperator.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                ENUMS.put(constant.name(), constant);
            }
        }
    }

    private final String[] tokens;
    private int at;

    private CPythonAst(String[] tokens) {
        this.tokens = tokens;
    }

    private static void register(Class<?> type) {
        AsdlName renamed = type.getAnnotation(AsdlName.class);
        NODES.put(normal(renamed != null ? renamed.value() : type.getSimpleName()), type);
    }

    private static String normal(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** The modules CPython parses from {@code files}, by file; a file CPython rejects maps to null. */
    public static Map<Path, Mod.Module> parse(List<Path> files) {
        List<String> arguments = files.stream().map(Path::toString).toList();
        Run run = Python.script(EMITTER, arguments.toArray(String[]::new)).run();
        if (run.status() != 0) {
            throw new AssertionError("python3 failed: " + run.stderr());
        }
        CPythonAst reader = new CPythonAst(run.stdout().split("\n"));
        Map<Path, Mod.Module> modules = new LinkedHashMap<>();
        for (Path file : files) {
            if (reader.tokens[reader.at].startsWith("X ")) {
                reader.at++;
                modules.put(file, null);
            } else {
                modules.put(file, (Mod.Module) reader.node());
            }
        }
        return modules;
    }

    /** CPython's parse of one source text. */
    public static Mod.Module parse(String source, Path scratch) throws java.io.IOException {
        java.nio.file.Files.writeString(scratch, source);
        Mod.Module module = parse(List.of(scratch)).get(scratch);
        if (module == null) {
            throw new AssertionError("CPython does not parse:\n" + source);
        }
        return module;
    }

    private Object node() {
        String token = tokens[at++];
        if (!token.startsWith("N ")) {
            throw new IllegalStateException("expected a node at token " + (at - 1) + ": " + token);
        }
        String name = token.substring(2);
        Enum<?> constant = ENUMS.get(name);
        if (constant != null) {
            return constant;
        }
        Class<?> type = NODES.get(normal(name));
        if (type == null) {
            throw new IllegalStateException("no record for " + name);
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getType() == Span.class ? span() : value(components[i].getGenericType());
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + name, e);
        }
    }

    private Span span() {
        return new Span(integer(), integer(), integer(), integer());
    }

    private int integer() {
        return Integer.parseInt(tokens[at++].substring(2));
    }

    private Object value(Type expected) {
        String token = tokens[at];
        if (expected == Value.class) {
            at++;
            return literal(token);
        }
        if (token.equals("-")) {
            at++;
            return null;
        }
        if (token.startsWith("L ")) {
            at++;
            int n = Integer.parseInt(token.substring(2));
            Type item = ((ParameterizedType) expected).getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(value(item));
            }
            return items;
        }
        if (token.startsWith("N ")) {
            return node();
        }
        at++;
        if (token.startsWith("S ")) {
            return text(token.substring(2));
        }
        if (token.startsWith("I ")) {
            return Integer.parseInt(token.substring(2));
        }
        throw new IllegalStateException("unexpected token " + token + " for " + expected);
    }

    private static Value literal(String token) {
        String rest = token.length() > 2 ? token.substring(2) : "";
        return switch (token.charAt(0)) {
            case '-' -> Value.None.INSTANCE;
            case 'E' -> Value.Ellipsis.INSTANCE;
            case 'T' -> Value.Bool.TRUE;
            case 'F' -> Value.Bool.FALSE;
            case 'I' -> new Value.Int(new BigInteger(rest));
            case 'D' -> new Value.Float(hexDouble(rest));
            case 'C' -> new Value.Complex(hexDouble(rest.split(" ")[0]), hexDouble(rest.split(" ")[1]));
            case 'S' -> new Value.Str(text(rest));
            case 'B' -> new Value.Bytes(HexFormat.of().parseHex(rest));
            default -> throw new IllegalStateException("unexpected literal " + token);
        };
    }

    private static double hexDouble(String hex) {
        return switch (hex) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(hex);
        };
    }

    private static String text(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        char[] chars = new char[bytes.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] & 0xff) << 8);
        }
        return new String(chars);
    }
}
