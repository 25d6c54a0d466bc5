package strata.compiler.ast;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Java model is CPython 3.11's Python.asdl, field for field: every ASDL constructor has its
 * record (or enum constant), with the fields in order, named as in ASDL, with the Java type the
 * ASDL type and mark call for, and a trailing {@link Span} exactly where ASDL has attributes.
 */
class AsdlModelTest {

    /** The Java type of each ASDL type name; the builtin ones first. */
    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("identifier", String.class), Map.entry("string", String.class),
            Map.entry("constant", Value.class), Map.entry("int", int.class),
            Map.entry("mod", Mod.class), Map.entry("stmt", Stmt.class), Map.entry("expr", Expr.class),
            Map.entry("expr_context", ExprContext.class), Map.entry("boolop", BoolOperator.class),
            Map.entry("operator", Operator.class), Map.entry("unaryop", UnaryOperator.class),
            Map.entry("cmpop", CmpOperator.class), Map.entry("comprehension", Comprehension.class),
            Map.entry("excepthandler", ExceptHandler.class), Map.entry("arguments", Arguments.class),
            Map.entry("arg", Arg.class), Map.entry("keyword", Keyword.class), Map.entry("alias", Alias.class),
            Map.entry("withitem", WithItem.class), Map.entry("match_case", MatchCase.class),
            Map.entry("pattern", Pattern.class), Map.entry("type_ignore", TypeIgnore.class));

    @Test
    void everyAsdlTypeHasItsJavaType() {
        assertThat(Asdl.python().types()).extracting(Asdl.Type::name)
                .containsExactlyInAnyOrderElementsOf(TYPES.keySet().stream()
                        .filter(name -> !Set.of("identifier", "string", "constant", "int").contains(name)).toList());
    }

    @Test
    void bareSumsAreEnumsWithTheConstructorsInOrder() {
        for (Asdl.Type type : Asdl.python().types()) {
            Class<?> java = TYPES.get(type.name());
            if (java.isEnum()) {
                assertThat(Arrays.stream(java.getEnumConstants()).map(c -> ((Enum<?>) c).name()))
                        .as(type.name())
                        .containsExactlyElementsOf(type.constructors().stream().map(Asdl.Constructor::name).toList());
                assertThat(type.constructors()).allMatch(c -> c.fields().isEmpty() && c.attributes().isEmpty());
            }
        }
    }

    @Test
    void sumsWithFieldsAreSealedInterfacesOfOneRecordPerConstructor() {
        for (Asdl.Type type : Asdl.python().types()) {
            Class<?> java = TYPES.get(type.name());
            if (java.isInterface()) {
                assertThat(java.isSealed()).as(type.name()).isTrue();
                List<String> records = new ArrayList<>();
                for (Class<?> sub : java.getPermittedSubclasses()) {
                    assertThat(sub.isRecord()).as(sub.getName()).isTrue();
                    records.add(Dump.constructorOf(sub).name());
                }
                assertThat(records).as(type.name())
                        .containsExactlyElementsOf(type.constructors().stream().map(Asdl.Constructor::name).toList());
            }
        }
    }

    @Test
    void everyRecordHasTheFieldsOfItsConstructor() {
        Set<Class<?>> checked = new HashSet<>();
        for (Asdl.Type type : Asdl.python().types()) {
            Class<?> java = TYPES.get(type.name());
            if (java.isEnum()) {
                continue;
            }
            List<Class<?>> records = java.isInterface() ? List.of(java.getPermittedSubclasses()) : List.of(java);
            for (Class<?> record : records) {
                checkFields(record, Dump.constructorOf(record));
                checked.add(record);
            }
        }
        assertThat(checked).hasSize(Asdl.python().constructors().size()
                - (int) Asdl.python().types().stream().filter(t -> TYPES.get(t.name()).isEnum())
                        .mapToLong(t -> t.constructors().size()).sum());
    }

    private static void checkFields(Class<?> record, Asdl.Constructor constructor) {
        RecordComponent[] components = record.getRecordComponents();
        boolean located = !constructor.attributes().isEmpty();
        assertThat(components).as(record.getName()).hasSize(constructor.fields().size() + (located ? 1 : 0));
        assertThat(Located.class.isAssignableFrom(record)).as(record.getName()).isEqualTo(located);
        if (located) {
            assertThat(components[components.length - 1].getType()).isEqualTo(Span.class);
            assertThat(constructor.attributes()).extracting(Asdl.Field::name)
                    .containsExactly("lineno", "col_offset", "end_lineno", "end_col_offset");
        }
        for (int i = 0; i < constructor.fields().size(); i++) {
            Asdl.Field field = constructor.fields().get(i);
            RecordComponent component = components[i];
            String where = record.getSimpleName() + "." + field.name();
            assertThat(component.getName()).as(where).isEqualTo(camel(field.name()));
            Class<?> element = TYPES.get(field.type());
            switch (field.quantity()) {
                case ONE -> assertThat(component.getType()).as(where).isEqualTo(element);
                case OPTIONAL -> assertThat(component.getType()).as(where)
                        .isEqualTo(element == int.class ? Integer.class : element);
                case SEQUENCE -> {
                    assertThat(component.getType()).as(where).isEqualTo(List.class);
                    Type argument = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                    assertThat(argument).as(where).isEqualTo(element);
                }
            }
        }
    }

    private static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT).equals(snake.replace("_", "")) ? out.toString() : snake;
    }
}
