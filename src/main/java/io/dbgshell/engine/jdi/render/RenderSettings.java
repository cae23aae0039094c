package io.dbgshell.engine.jdi.render;

import io.dbgshell.config.Setting;

/**
 * Every bound on what one {@code dx} or {@code dv} reads from a target and prints. A target's objects
 * can be any size; the output of one command and the round trips it costs may not.
 */
public final class RenderSettings {
    /** Children shown under a value when no page is asked for, and the default page size; WinDbg's {@code dx} shows 100 too. */
    public static final Setting<Integer> DX_CHILDREN = Setting.positive("dx-children", 100);

    /** The largest COUNT accepted in {@code dx EXPR,FIRST,COUNT}. */
    public static final Setting<Integer> DX_MAX_PAGE = Setting.positive("dx-max-page", 1000);

    /** Lines one {@code dx} or {@code dv} prints; past it the output ends with a line saying so. */
    public static final Setting<Integer> DX_MAX_LINES = Setting.atLeast("dx-max-lines", 2, 2000);

    /** Characters of a string shown and read from the target; a longer one is cut and says how long it is. */
    public static final Setting<Integer> MAX_STRING_CHARS = Setting.positive("max-string-chars", 512);

    /** The largest {@code dx -r N}. */
    public static final Setting<Integer> DX_MAX_DEPTH = Setting.positive("dx-max-depth", 64);

    /** Links followed to reach a page of a linked structure (a LinkedList, a TreeMap); 10,000 cost 1-2 s on loopback. */
    public static final Setting<Integer> DX_MAX_WALK = Setting.positive("dx-max-walk", 10_000);

    /** Slots of a hash table ({@code HashMap}, {@code Set.of}; a key and value of {@code Map.of}) read per round trip. */
    public static final Setting<Integer> DX_TABLE_CHUNK = Setting.positive("dx-table-chunk", 1024);

    private RenderSettings() {
    }
}
