package io.dbgshell.engine.jdi.render;

/**
 * Every bound on what one {@code dx} or {@code dv} reads from a target and prints, in one place. A
 * target's objects can be any size; the output of one command and the round trips it costs may not.
 *
 * @param childrenPerLevel children shown under one value when no page is asked for, and the
 *                         default page size ({@code dx list,FIRST})
 * @param maxPageCount     the largest COUNT accepted in {@code dx EXPR,FIRST,COUNT}
 * @param maxLines         lines one command prints; past it the output ends with a line saying so
 * @param maxStringChars   characters of a string (or string builder) shown; longer ones are cut and
 *                         say how long they are, and only the shown part is read from the target
 * @param maxDepth         the largest {@code -r N} accepted
 * @param maxWalk          links followed to reach a page of a linked structure (a LinkedList, the
 *                         chains of a HashMap, a TreeMap): these have no index, so a page deep
 *                         inside costs one round trip per element before it
 */
public record RenderLimits(int childrenPerLevel, int maxPageCount, int maxLines, int maxStringChars,
                           int maxDepth, int maxWalk) {

    /**
     * The defaults: WinDbg's {@code dx} also shows 100 elements of a container before its {@code [...]};
     * 10,000 links cost about 1-2 s on loopback (one JDWP round trip each).
     */
    public static final RenderLimits DEFAULTS = new RenderLimits(100, 1000, 2000, 512, 64, 10_000);

    public RenderLimits {
        if (childrenPerLevel < 1 || maxPageCount < childrenPerLevel || maxLines < 2 || maxStringChars < 1
                || maxDepth < 1 || maxWalk < 1) {
            throw new IllegalArgumentException("render limits out of range");
        }
    }
}
