package io.dbgshell.engine.jdi.render;

import com.sun.jdi.ObjectReference;
import com.sun.jdi.Value;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code dx}'s output for a value, in WinDbg's shape adapted to the JVM: the expression and its
 * value, then its children indented four spaces per level, each line
 * {@code NAME : SUMMARY [Type: TYPE]} with the name padded to 16 columns:
 *
 * <pre>
 * list             : { size=3 } [Type: java.util.ArrayList]
 *     [0x0]            : "a" [Type: java.lang.String]
 * </pre>
 *
 * Reads only what it shows (a page of a collection costs O(page)), runs no code in the target, opens
 * each object once per command (a second sighting says {@code (shown above)}, so cycles end), and
 * stops at {@link RenderSettings#DX_MAX_LINES}. Call it on the thread that owns the target's JDI
 * connection while the target is stopped; target death surfaces as JDI's own
 * {@code VMDisconnectedException}.
 */
public final class ValueRenderer {
    /** Columns a line's name is padded to, as WinDbg pads them. */
    static final int NAME_WIDTH = 16;
    /** Spaces added per level of children. */
    static final int INDENT = 4;

    private final Supplier<ValueShapes> newShapes;
    private final int childrenPerLevel;
    private final int maxPage;
    private final int maxDepth;
    private final int maxLines;

    public ValueRenderer(Tunables tunables) {
        this.newShapes = ValueShapes.perCommand(tunables);
        this.childrenPerLevel = tunables.get(RenderSettings.DX_CHILDREN);
        this.maxPage = tunables.get(RenderSettings.DX_MAX_PAGE);
        this.maxDepth = tunables.get(RenderSettings.DX_MAX_DEPTH);
        this.maxLines = tunables.get(RenderSettings.DX_MAX_LINES);
    }

    /**
     * {@code dx}'s arguments, within this renderer's bounds on a page and the depth.
     *
     * @throws EngineException one line naming the token that is wrong
     */
    public DxArguments arguments(String text) throws EngineException {
        return DxArguments.parse(text, childrenPerLevel, maxPage, maxDepth);
    }

    /**
     * The lines of {@code dx} for one value.
     *
     * @param value        what the expression evaluated to
     * @param declaredType the expression's static type, named for a {@code null}; null when unknown
     */
    public List<String> render(DxArguments arguments, Value value, String declaredType) {
        Output output = new Output(arguments);
        try {
            output.value(0, arguments.expression(), value, declaredType, arguments.depth(), true);
        } catch (Full full) {
            // the last line already says where the output stopped
        }
        return output.lines;
    }

    /** The output is at its line bound. */
    private static final class Full extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Full() {
            super(null, null, false, false);
        }
    }

    private final class Output {
        private final List<String> lines = new ArrayList<>();
        private final Set<Long> opened = new HashSet<>();
        private final ValueShapes shapes = newShapes.get();
        private final DxArguments arguments;

        Output(DxArguments arguments) {
            this.arguments = arguments;
        }

        void value(int indent, String name, Value value, String declaredType, int depth, boolean top) {
            Shape shape = shapes.shape(value, declaredType, 0);
            boolean open = shape.children() != null && depth > 0;
            boolean seen = open && value instanceof ObjectReference object && !opened.add(object.uniqueID());
            line(indent, name, shape.summary() + typeTag(shape.type()) + (seen ? " (shown above)" : ""));
            if (open && !seen) {
                children(indent + INDENT, value, shape, depth - 1, top);
            } else if (top && shape.children() == null && arguments.page().isPresent()) {
                line(INDENT, "[...]", "nothing to page through: this value has no elements");
            }
        }

        private void children(int indent, Value owner, Shape shape, int depth, boolean top) {
            Children children = shape.children();
            Page page = top ? arguments.page().orElse(null) : null;
            long first = page == null ? 0 : page.first();
            int count = page == null ? childrenPerLevel : page.count();
            List<Child> shown;
            try {
                shown = children.page(first, count);
            } catch (LayoutException e) {
                children = shapes.fields((ObjectReference) owner, shape.type()).children();
                shown = children.page(first, count);
            }
            for (Child child : shown) {
                child(indent, child, depth);
            }
            long size = children.size();
            boolean noted = !shown.isEmpty() && shown.get(shown.size() - 1) instanceof Child.Note;
            if (first >= size && page != null) {
                line(indent, "[...]", "nothing from " + Reads.index(first) + " on: there are " + size);
            } else if (!noted && first + shown.size() < size) {
                long next = first + shown.size();
                line(indent, "[...]", (size - next) + " more" + (top ? ": dx " + depthOption()
                        + arguments.expression() + "," + next : ""));
            }
        }

        private String depthOption() {
            return arguments.depth() == DxArguments.DEFAULT_DEPTH ? "" : "-r" + arguments.depth() + " ";
        }

        private void child(int indent, Child child, int depth) {
            if (child instanceof Child.Of of) {
                value(indent, of.name(), of.value(), of.declaredType(), depth, false);
            } else if (child instanceof Child.Note note) {
                line(indent, note.name(), note.text());
            } else if (child instanceof Child.Entry entry) {
                String key = shapes.shape(entry.key(), null, 1).summary();
                String value = shapes.shape(entry.value(), null, 1).summary();
                line(indent, entry.name(), key + " -> " + value);
                if (depth > 0) {
                    value(indent + INDENT, "key", entry.key(), null, depth - 1, false);
                    value(indent + INDENT, "value", entry.value(), null, depth - 1, false);
                }
            }
        }

        private void line(int indent, String name, String text) {
            if (lines.size() == maxLines - 1) {
                lines.add("... output stops at " + maxLines + " lines: show less with -r N or EXPR,FIRST,COUNT");
                throw new Full();
            }
            StringBuilder line = new StringBuilder(indent + NAME_WIDTH + text.length() + 3);
            line.append(" ".repeat(indent)).append(name);
            line.append(" ".repeat(Math.max(0, NAME_WIDTH - name.length()))).append(" : ").append(text);
            lines.add(line.toString());
        }
    }

    private static String typeTag(String type) {
        return type == null ? "" : " [Type: " + type + "]";
    }
}
