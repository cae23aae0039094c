package io.dbgshell.engine.jdi.render;

import io.dbgshell.engine.EngineException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code dx [-r N] EXPR[,FIRST[,COUNT]]} parsed once: the recursion depth, the expression's text, and
 * the page of its children wanted. Java has no comma operator, so a comma outside brackets and
 * literals always starts the page.
 *
 * @param depth      levels of children shown under the value ({@code -r}; 1 when not given, as in WinDbg)
 * @param expression the expression's text, trimmed
 * @param page       the children wanted, when given
 */
public record DxArguments(int depth, String expression, Optional<Page> page) {

    /** The depth when {@code -r} is not given: the value and its children, as WinDbg's default. */
    public static final int DEFAULT_DEPTH = 1;

    /** WinDbg's other {@code dx} options: refused by name, so that they are not read as an expression. */
    private static final Set<String> WINDBG_OPTIONS = Set.of("-g", "-gc", "-c", "-n", "-v", "-h", "-id", "-?");

    static final String USAGE = "dx [-r N] EXPR[,FIRST[,COUNT]]";

    /**
     * @param pageCount the COUNT when none is typed ({@link RenderSettings#DX_CHILDREN})
     * @param maxPage   the largest COUNT ({@link RenderSettings#DX_MAX_PAGE})
     * @param maxDepth  the largest {@code -r N} ({@link RenderSettings#DX_MAX_DEPTH})
     * @throws EngineException one line naming the token that is wrong
     */
    static DxArguments parse(String arguments, int pageCount, int maxPage, int maxDepth) throws EngineException {
        String rest = arguments.strip();
        int depth = DEFAULT_DEPTH;
        String first = firstToken(rest);
        if (first.startsWith("-r")) {
            String digits = first.substring(2);
            rest = rest.substring(first.length()).strip();
            if (digits.isEmpty()) {
                digits = firstToken(rest);
                if (digits.isEmpty()) {
                    throw new EngineException("dx: '-r' needs a depth: " + USAGE);
                }
                rest = rest.substring(digits.length()).strip();
            }
            depth = depth(digits, maxDepth);
        } else if (WINDBG_OPTIONS.contains(first.toLowerCase(Locale.ROOT))) {
            throw new EngineException("dx: option '" + first + "' is not supported (" + USAGE + ")");
        }
        List<String> parts = splitTopLevel(rest);
        String expression = parts.get(0).strip();
        if (expression.isEmpty()) {
            throw new EngineException(parts.size() > 1
                    ? "dx needs an expression before ','" : "dx needs an expression: " + USAGE);
        }
        if (parts.size() > 3) {
            throw new EngineException("dx: '," + parts.get(3).strip() + "' is one number too many: " + USAGE);
        }
        Optional<Page> page = Optional.empty();
        if (parts.size() > 1) {
            long from = number(parts.get(1), Long.MAX_VALUE);
            // dx-children above dx-max-page would make the default page one that its own bound refuses
            long count = parts.size() > 2 ? number(parts.get(2), Integer.MAX_VALUE) : Math.min(pageCount, maxPage);
            if (count < 1 || count > maxPage) {
                throw new EngineException("dx: '," + parts.get(2).strip() + "': COUNT is from 1 to " + maxPage);
            }
            page = Optional.of(new Page(from, (int) count));
        }
        return new DxArguments(depth, expression, page);
    }

    private static int depth(String digits, int maxDepth) throws EngineException {
        try {
            int depth = Integer.parseInt(digits);
            if (depth >= 0 && depth <= maxDepth) {
                return depth;
            }
        } catch (NumberFormatException e) {
            // falls through to the message naming the token
        }
        throw new EngineException("dx: '-r" + digits + "': the depth is a number from 0 to " + maxDepth);
    }

    /** A FIRST or COUNT: decimal, {@code 0x} hexadecimal or {@code 0n} decimal, as WinDbg writes numbers. */
    private static long number(String part, long max) throws EngineException {
        String token = part.strip();
        String lower = token.toLowerCase(Locale.ROOT);
        try {
            long value = lower.startsWith("0x") ? Long.parseLong(lower.substring(2), 16)
                    : Long.parseLong(lower.startsWith("0n") ? lower.substring(2) : lower);
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the message naming the token
        }
        throw new EngineException("dx: '," + token + "' is not a page: " + USAGE);
    }

    private static String firstToken(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    /** Splits at commas outside brackets and string or character literals (also {@code .printf}'s arguments). */
    public static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int nesting = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                nesting++;
            } else if (c == ')' || c == ']' || c == '}') {
                nesting--;
            } else if (c == ',' && nesting == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
