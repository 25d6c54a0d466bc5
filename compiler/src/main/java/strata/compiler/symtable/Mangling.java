package strata.compiler.symtable;

/**
 * Private name mangling ({@code _Py_Mangle}): in a class {@code C}, a name {@code __x} that does
 * not end in {@code __} and has no dot is {@code _C__x}, the class name stripped of leading
 * underscores; a class named only with underscores mangles nothing.
 */
public final class Mangling {
    private Mangling() {
    }

    /** {@code name} as written inside class {@code className} (null: outside any class). */
    public static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }
}
