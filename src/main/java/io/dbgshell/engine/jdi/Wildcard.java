package io.dbgshell.engine.jdi;

import java.util.regex.Pattern;

/**
 * A {@code *}/{@code ?} wildcard over class or method names ({@code com.example.*Service}), and the
 * coarser filter JDI can apply in the target (only a leading or trailing {@code *}), so that the
 * target reports few class loads and the rest is matched here.
 */
record Wildcard(String text, Pattern regex) {

    static Wildcard of(String text) {
        StringBuilder regex = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new Wildcard(text, Pattern.compile(regex.toString()));
    }

    boolean matches(String name) {
        return regex.matcher(name).matches();
    }

    /**
     * A pattern for {@code addClassFilter} that lets through at least every match: the text up to
     * its first wildcard followed by {@code *}; empty when the pattern starts with a wildcard.
     */
    String targetFilter() {
        int wild = firstWildcard();
        if (wild < 0) {
            return text;
        }
        return wild == 0 ? "" : text.substring(0, wild) + "*";
    }

    private int firstWildcard() {
        int star = text.indexOf('*');
        int question = text.indexOf('?');
        if (star < 0 || question < 0) {
            return Math.max(star, question);
        }
        return Math.min(star, question);
    }
}
