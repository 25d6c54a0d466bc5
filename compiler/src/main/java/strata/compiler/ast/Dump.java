package strata.compiler.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of CPython 3.11's {@code ast.dump(tree)}, or with positions
 * {@code ast.dump(tree, include_attributes=True)}. Field names and the rule "an optional field that
 * is None is left out" come from {@link Asdl}; the values come from the records' components, which
 * follow the ASDL order.
 */
public final class Dump {

    /**
     * How each class of value dumps, found once per class: testing a value against the AST's many
     * interfaces one by one is slow on HotSpot (the interfaces' type-check cache thrashes).
     */
    private static final ClassValue<Kind> KINDS = new ClassValue<>() {
        @Override
        protected Kind computeValue(Class<?> type) {
            if (Node.class.isAssignableFrom(type)) {
                return Kind.NODE;
            }
            if (List.class.isAssignableFrom(type)) {
                return Kind.LIST;
            }
            if (type.isEnum()) {
                return Kind.ENUM;
            }
            if (Value.class.isAssignableFrom(type)) {
                return Kind.VALUE;
            }
            return type == String.class ? Kind.STRING : Kind.OTHER;
        }
    };
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private enum Kind { NODE, LIST, ENUM, VALUE, STRING, OTHER }
    private static final List<String> ATTRIBUTES = List.of("lineno", "col_offset", "end_lineno", "end_col_offset");

    private Dump() {
    }

    /** {@code ast.dump(node)}, or {@code ast.dump(node, include_attributes=True)} with {@code positions}. */
    public static String dump(Node node, boolean positions) {
        StringBuilder out = new StringBuilder(4096);
        value(out, node, positions);
        return out.toString();
    }

    private static void node(StringBuilder out, Node node, boolean positions) {
        Shape shape = SHAPES.get(node.getClass());
        out.append(shape.name).append('(');
        boolean first = true;
        for (Slot slot : shape.slots) {
            Object value = slot.get(node);
            if (value == null && slot.optional) {
                continue;
            }
            first = separate(out, first);
            out.append(slot.name).append('=');
            value(out, value, positions);
        }
        if (positions && shape.span != null) {
            Span span = (Span) shape.span.get(node);
            int[] values = {span.lineno(), span.colOffset(), span.endLineno(), span.endColOffset()};
            for (int i = 0; i < values.length; i++) {
                first = separate(out, first);
                out.append(ATTRIBUTES.get(i)).append('=').append(values[i]);
            }
        }
        out.append(')');
    }

    private static boolean separate(StringBuilder out, boolean first) {
        if (!first) {
            out.append(", ");
        }
        return false;
    }

    private static void value(StringBuilder out, Object value, boolean positions) {
        if (value == null) {
            out.append("None");
            return;
        }
        switch (KINDS.get(value.getClass())) {
            case NODE -> node(out, (Node) value, positions);
            case LIST -> {
                List<?> list = (List<?>) value;
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    value(out, list.get(i), positions);
                }
                out.append(']');
            }
            case ENUM -> out.append(((Enum<?>) value).name()).append("()");
            case VALUE -> out.append(((Value) value).repr());
            case STRING -> out.append(StrRepr.repr((String) value));
            default -> out.append(value);
        }
    }

    /** One dumped field: its ASDL name, its accessor and whether ASDL marks it optional. */
    private record Slot(String name, Method accessor, boolean optional) {
        Object get(Node node) {
            try {
                return accessor.invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name + " of " + node.getClass(), e);
            }
        }
    }

    /** How a record class dumps: its ASDL name and fields, and where its span is if it has one. */
    private record Shape(String name, List<Slot> slots, Slot span) {
        static Shape of(Class<?> type) {
            Asdl.Constructor constructor = constructorOf(type);
            RecordComponent[] components = type.getRecordComponents();
            List<Slot> slots = new ArrayList<>();
            for (int i = 0; i < constructor.fields().size(); i++) {
                Asdl.Field field = constructor.fields().get(i);
                slots.add(new Slot(field.name(), accessor(components[i]), field.quantity() == Asdl.Quantity.OPTIONAL));
            }
            Slot span = constructor.attributes().isEmpty() ? null
                    : new Slot("span", accessor(components[components.length - 1]), false);
            return new Shape(constructor.name(), List.copyOf(slots), span);
        }

        private static Method accessor(RecordComponent component) {
            Method method = component.getAccessor();
            method.setAccessible(true);
            return method;
        }
    }

    /** The ASDL constructor a record stands for: same name, ignoring case and underscores. */
    static Asdl.Constructor constructorOf(Class<?> type) {
        AsdlName renamed = type.getAnnotation(AsdlName.class);
        String wanted = renamed != null ? renamed.value() : type.getSimpleName();
        for (Asdl.Constructor constructor : Asdl.python().constructors().values()) {
            if (normal(constructor.name()).equals(normal(wanted))) {
                return constructor;
            }
        }
        throw new IllegalArgumentException("no ASDL constructor for " + type.getName());
    }

    private static String normal(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }
}
