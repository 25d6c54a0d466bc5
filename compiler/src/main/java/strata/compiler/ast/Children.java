package strata.compiler.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The child nodes of a node, in field order (ASDL order, so source order): for passes that act on
 * a few kinds of node and only walk through the others.
 */
public final class Children {

    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> field = component.getType();
                if (Node.class.isAssignableFrom(field) || field == List.class) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    accessors.add(accessor);
                }
            }
            return List.copyOf(accessors);
        }
    };

    private Children() {
    }

    /** Calls {@code action} on each child node of {@code node} (null fields and non-node lists skipped). */
    public static void forEach(Node node, Consumer<Node> action) {
        for (Method accessor : ACCESSORS.get(node.getClass())) {
            Object value;
            try {
                value = accessor.invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor.getName() + " of " + node.getClass(), e);
            }
            if (value instanceof Node child) {
                action.accept(child);
            } else if (value instanceof List<?> list) {
                for (Object element : list) {
                    if (element instanceof Node child) {
                        action.accept(child);
                    }
                }
            }
        }
    }
}
