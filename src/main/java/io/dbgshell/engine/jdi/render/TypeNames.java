package io.dbgshell.engine.jdi.render;

/**
 * Java source names of the types in a generic signature ({@code Ljava/util/List<Ljava/lang/String;>;}
 * becomes {@code java.util.List<java.lang.String>}), so that {@code dv /t} shows what the code declared.
 */
final class TypeNames {
    private final String signature;
    private int at;

    private TypeNames(String signature) {
        this.signature = signature;
    }

    /** The type a field or variable signature names; {@code fallback} when it does not parse. */
    static String of(String signature, String fallback) {
        if (signature == null || signature.isEmpty()) {
            return fallback;
        }
        try {
            TypeNames parser = new TypeNames(signature);
            String name = parser.type();
            return parser.at == signature.length() ? name : fallback;
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return fallback;
        }
    }

    private String type() {
        char c = signature.charAt(at++);
        return switch (c) {
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'D' -> "double";
            case 'F' -> "float";
            case 'I' -> "int";
            case 'J' -> "long";
            case 'S' -> "short";
            case 'Z' -> "boolean";
            case 'V' -> "void";
            case '[' -> type() + "[]";
            case 'T' -> upTo(';');
            case 'L' -> classType();
            default -> throw new IllegalArgumentException("not a signature");
        };
    }

    /** {@code pkg/Outer<TT;>.Inner;} after the {@code L}: {@code pkg.Outer<T>.Inner}. */
    private String classType() {
        StringBuilder name = new StringBuilder();
        while (true) {
            char c = signature.charAt(at++);
            switch (c) {
                case ';' -> {
                    return name.toString();
                }
                case '/' -> name.append('.');
                case '<' -> name.append(arguments());
                default -> name.append(c);
            }
        }
    }

    private String arguments() {
        StringBuilder list = new StringBuilder("<");
        while (signature.charAt(at) != '>') {
            if (list.length() > 1) {
                list.append(", ");
            }
            char c = signature.charAt(at);
            if (c == '*') {
                at++;
                list.append('?');
            } else if (c == '+' || c == '-') {
                at++;
                list.append(c == '+' ? "? extends " : "? super ").append(type());
            } else {
                list.append(type());
            }
        }
        at++;
        return list.append('>').toString();
    }

    private String upTo(char end) {
        int stop = signature.indexOf(end, at);
        if (stop < 0) {
            throw new IllegalArgumentException("unterminated");
        }
        String text = signature.substring(at, stop);
        at = stop + 1;
        return text;
    }
}
