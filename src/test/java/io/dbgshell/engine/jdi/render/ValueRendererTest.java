package io.dbgshell.engine.jdi.render;

import com.sun.jdi.ObjectReference;
import com.sun.jdi.Value;
import io.dbgshell.config.Tunables;
import io.dbgshell.testing.TargetJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dx} output against a real JVM stopped at a breakpoint ({@link RenderTargets#VALUES}),
 * compared line by line with what a user would read.
 */
class ValueRendererTest {
    @TempDir
    static Path dir;
    private static TargetJvm target;

    @BeforeAll
    static void start() throws Exception {
        target = TargetJvm.program(dir).source(RenderTargets.VALUES)
                .launchToMarker("Values", "// STOP").start();
    }

    @AfterAll
    static void stop() {
        target.close();
    }

    private static List<String> dx(String arguments) throws Exception {
        return dx(arguments, Tunables.DEFAULTS);
    }

    private static List<String> dx(String arguments, Tunables limits) throws Exception {
        ValueRenderer renderer = new ValueRenderer(limits);
        DxArguments parsed = renderer.arguments(arguments);
        String name = parsed.expression();
        Value value = name.equals("this") ? target.frame().thisObject() : target.local(name);
        return renderer.render(parsed, value, name.equals("this") ? null : target.variable(name).typeName());
    }

    private static String id(String local) throws Exception {
        return "0x" + Long.toHexString(((ObjectReference) target.local(local)).uniqueID());
    }

    @Test
    void primitivesStringsAndBoxesAreOneLine() throws Exception {
        assertThat(dx("i")).containsExactly("i                : 42 [Type: int]");
        assertThat(dx("i,5")).containsExactly("i                : 42 [Type: int]",
                "    [...]            : nothing to page through: this value has no elements");
        assertThat(dx("big")).containsExactly("big              : 1099511627776L [Type: long]");
        assertThat(dx("c")).containsExactly("c                : '\\n' [Type: char]");
        assertThat(dx("flag")).containsExactly("flag             : true [Type: boolean]");
        assertThat(dx("d")).containsExactly("d                : 1.5 [Type: double]");
        assertThat(dx("b")).containsExactly("b                : -1 [Type: byte]");
        assertThat(dx("f")).containsExactly("f                : 2.5f [Type: float]");
        assertThat(dx("s")).containsExactly("s                : \"hi \\\"you\\\"\\n\" [Type: java.lang.String]");
        assertThat(dx("hostile")).containsExactly(
                "hostile          : \"\\u001b]0;title\\u0007\\u202eevil\\u2028\" [Type: java.lang.String]");
        assertThat(dx("nothing")).containsExactly("nothing          : null [Type: java.lang.String]");
        assertThat(dx("boxed")).containsExactly("boxed            : 7 [Type: java.lang.Integer]");
        assertThat(dx("boxedChar")).containsExactly("boxedChar        : 'q' [Type: java.lang.Character]");
        assertThat(dx("builder")).containsExactly("builder          : \"built\u4e2d\" [Type: java.lang.StringBuilder]");
    }

    @Test
    void longStringsShowTheirStartAndLength() throws Exception {
        assertThat(dx("longText")).containsExactly("longText         : \"" + "ab".repeat(256)
                + "\"... (length=2000) [Type: java.lang.String]");
        assertThat(dx("utf16")).containsExactly("utf16            : \"" + "\u00e9\u4e2d".repeat(256)
                + "\"... (length=1200) [Type: java.lang.String]");
        Tunables short5 = Tunables.DEFAULTS.with(RenderSettings.MAX_STRING_CHARS, 5);
        assertThat(dx("s", short5)).containsExactly("s                : \"hi \\\"y\"... (length=9) [Type: java.lang.String]");
        assertThat(dx("builder", short5)).containsExactly("builder          : \"built\"... (length=6) [Type: java.lang.StringBuilder]");
    }

    @Test
    void optionalsEnumsAndRecordsShowWhatTheyHold() throws Exception {
        assertThat(dx("present")).containsExactly(
                "present          : Optional[\"x\"] [Type: java.util.Optional]",
                "    value            : \"x\" [Type: java.lang.String]");
        assertThat(dx("empty")).containsExactly("empty            : Optional.empty [Type: java.util.Optional]");
        assertThat(dx("red")).containsExactly("red              : RED [Type: Values$Color]");
        assertThat(dx("green")).containsExactly("green            : GREEN [Type: Values$Color$1]");
        assertThat(dx("earth")).containsExactly(
                "earth            : EARTH [Type: Values$Planet]",
                "    mass             : 5.97E24 [Type: double]");
        assertThat(dx("point")).containsExactly(
                "point            : Values$Point[x=1, y=2] [Type: Values$Point]",
                "    x                : 1 [Type: int]",
                "    y                : 2 [Type: int]");
    }

    @Test
    void arraysOfArraysOpenLevelByLevel() throws Exception {
        assertThat(dx("-r0 grid")).containsExactly("grid             : { length=2 } [Type: int[][]]");
        assertThat(dx("grid")).containsExactly(
                "grid             : { length=2 } [Type: int[][]]",
                "    [0x0]            : { length=2 } [Type: int[]]",
                "    [0x1]            : { length=1 } [Type: int[]]");
        assertThat(dx("-r2 grid")).containsExactly(
                "grid             : { length=2 } [Type: int[][]]",
                "    [0x0]            : { length=2 } [Type: int[]]",
                "        [0x0]            : 1 [Type: int]",
                "        [0x1]            : 2 [Type: int]",
                "    [0x1]            : { length=1 } [Type: int[]]",
                "        [0x0]            : 3 [Type: int]");
    }

    @Test
    void aCycleIsOpenedOnce() throws Exception {
        String first = id("cycle");
        String second = "0x" + Long.toHexString(((ObjectReference) ((ObjectReference) target.local("cycle"))
                .getValue(((ObjectReference) target.local("cycle")).referenceType().fieldByName("next"))).uniqueID());
        assertThat(dx("-r5 cycle")).containsExactly(
                "cycle            : {Values$Node@" + first + "} [Type: Values$Node]",
                "    value            : 1 [Type: int]",
                "    next             : {Values$Node@" + second + "} [Type: Values$Node]",
                "        value            : 2 [Type: int]",
                "        next             : {Values$Node@" + first + "} [Type: Values$Node] (shown above)");
    }

    @Test
    void listsShowTheirElements() throws Exception {
        for (String list : List.of("arrayList", "unmodifiable", "linked", "deque", "listOfN", "listOf2", "listOf1", "subList", "linkedSet", "treeSet")) {
            List<String> lines = dx(list);
            assertThat(lines.get(0)).as(list).startsWith(String.format("%-16s : { size=", list));
            assertThat(lines.subList(1, lines.size())).as(list).containsExactlyElementsOf(switch (list) {
                case "arrayList", "unmodifiable" -> elements("\"a\"", "\"b\"", "\"c\"");
                case "linked", "listOfN" -> boxes(1, 2, 3);
                case "deque" -> boxes(-1, 0, 2);
                case "listOf2" -> boxes(1, 2);
                case "listOf1" -> boxes(1);
                case "subList" -> boxes(2, 3);
                case "linkedSet" -> elements("\"3\"", "\"1\"", "\"2\"");
                default -> boxes(1, 3, 5);
            });
        }
        assertThat(dx("arrayList").get(0)).isEqualTo("arrayList        : { size=3 } [Type: java.util.ArrayList]");
        assertThat(dx("deque").get(0)).isEqualTo("deque            : { size=3 } [Type: java.util.ArrayDeque]");
    }

    @Test
    void hashedCollectionsFollowTheirTables() throws Exception {
        Map<String, Integer> hash = new HashMap<>();
        for (String key : List.of("one", "two", "three", "four")) {
            hash.put(key, key.length());
        }
        assertThat(dx("hash")).containsExactlyElementsOf(map("hash", "java.util.HashMap", hash));
        Map<String, Integer> concurrent = new ConcurrentHashMap<>(Map.of("p", 1, "q", 2));
        assertThat(dx("concurrent")).containsExactlyElementsOf(
                map("concurrent", "java.util.concurrent.ConcurrentHashMap", concurrent));
        List<String> set = new ArrayList<>();
        set.add("hashSet          : { size=3 } [Type: java.util.HashSet]");
        set.addAll(elements(new HashSet<>(List.of("x", "y", "zz")).stream().map(s -> '"' + s + '"').toArray(String[]::new)));
        assertThat(dx("hashSet")).containsExactlyElementsOf(set);
    }

    @Test
    void aBucketTurnedIntoATreeShowsEveryEntry() throws Exception {
        for (String map : List.of("treeBucket", "concurrentTreeBucket")) {
            List<String> lines = dx(map);
            assertThat(lines.get(0)).as(map).startsWith(String.format("%-16s : { size=20 } [Type: java.util.", map));
            List<String> values = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                values.add(line.substring(line.indexOf("Collide[n=") + 10, line.indexOf(']', line.indexOf("Collide[n="))));
                assertThat(line).as(map).matches(" {4}\\[0x[0-9a-f]+] +: Values\\$Collide\\[n=(\\d+)] -> \\1");
            }
            assertThat(values).as(map).hasSize(20).doesNotHaveDuplicates();
        }
    }

    @Test
    void anEnumMapShowsItsEntriesInKeyOrder() throws Exception {
        assertThat(dx("byColor")).containsExactly(
                "byColor          : { size=2 } [Type: java.util.EnumMap]",
                "    [0x0]            : RED -> \"r\"",
                "    [0x1]            : GREEN -> null");
    }

    @Test
    void linkedAndSortedMapsKeepTheirOrder() throws Exception {
        assertThat(dx("-r0 linkedHash,1")).containsExactly(
                "linkedHash       : { size=3 } [Type: java.util.LinkedHashMap]");
        assertThat(dx("linkedHash")).containsExactly(
                "linkedHash       : { size=3 } [Type: java.util.LinkedHashMap]",
                "    [0x0]            : \"z\" -> 122",
                "    [0x1]            : \"a\" -> 97",
                "    [0x2]            : \"m\" -> 109");
        assertThat(dx("-r2 tree,2")).containsExactly(
                "tree             : { size=4 } [Type: java.util.TreeMap]",
                "    [0x2]            : \"m\" -> 1",
                "        key              : \"m\" [Type: java.lang.String]",
                "        value            : 1 [Type: java.lang.Integer]",
                "    [0x3]            : \"z\" -> 3",
                "        key              : \"z\" [Type: java.lang.String]",
                "        value            : 3 [Type: java.lang.Integer]");
        assertThat(dx("synchronizedMap")).containsExactly(
                "synchronizedMap  : { size=3 } [Type: java.util.Collections$SynchronizedMap]",
                "    [0x0]            : \"z\" -> 122",
                "    [0x1]            : \"a\" -> 97",
                "    [0x2]            : \"m\" -> 109");
        assertThat(dx("mapOf1")).containsExactly(
                "mapOf1           : { size=1 } [Type: java.util.ImmutableCollections$Map1]",
                "    [0x0]            : \"k\" -> 1");
    }

    @Test
    void immutableSetsAndMapsShowEveryElementInTableOrder() throws Exception {
        List<String> map = dx("mapOfN");
        assertThat(map.get(0)).isEqualTo("mapOfN           : { size=3 } [Type: java.util.ImmutableCollections$MapN]");
        assertThat(map.subList(1, 4)).extracting(line -> line.substring(23))
                .containsExactlyInAnyOrder("\"a\" -> 1", "\"b\" -> 2", "\"c\" -> 3");
        List<String> set = dx("setOfN");
        assertThat(set.get(0)).isEqualTo("setOfN           : { size=3 } [Type: java.util.ImmutableCollections$SetN]");
        assertThat(set.subList(1, 4)).extracting(line -> line.substring(23))
                .containsExactlyInAnyOrder("\"x\" [Type: java.lang.String]", "\"y\" [Type: java.lang.String]",
                        "\"z\" [Type: java.lang.String]");
    }

    @Test
    void hashTablesReadInSmallChunksShowTheSameEntries() throws Exception {
        for (int chunk : new int[] {1, 3}) {
            Tunables small = Tunables.DEFAULTS.with(RenderSettings.DX_TABLE_CHUNK, chunk);
            for (String table : List.of("hash", "concurrent", "treeBucket", "mapOfN", "setOfN", "hashSet,1,2")) {
                assertThat(dx(table, small)).as(table + " read " + chunk + " slots at a time").isEqualTo(dx(table));
            }
        }
    }

    @Test
    void otherObjectsShowTheirFields() throws Exception {
        String self = "0x" + Long.toHexString(target.frame().thisObject().uniqueID());
        assertThat(dx("inner")).containsExactly(
                "inner            : {Values$Inner@" + id("inner") + "} [Type: Values$Inner]",
                "    depth            : 7 [Type: int]",
                "    this$0           : {Values@" + self + "} [Type: Values]");
        assertThat(dx("anonymous")).containsExactly(
                "anonymous        : {Values$1@" + id("anonymous") + "} [Type: Values$1]",
                "    n                : 5 [Type: int]",
                "    this$0           : {Values@" + self + "} [Type: Values]");
        assertThat(dx("derived")).containsExactly(
                "derived          : {Values$Derived@" + id("derived") + "} [Type: Values$Derived]",
                "    shadow           : 2 [Type: int]",
                "    Values$Base.shadow : 1 [Type: int]");
        assertThat(dx("-r2 box")).containsExactly(
                "box              : {Values$Box@" + id("box") + "} [Type: Values$Box]",
                "    content          : { size=1 } [Type: java.util.ImmutableCollections$List12]",
                "        [0x0]            : \"in\" [Type: java.lang.String]");
        List<String> lambda = dx("lambda");
        // the hidden class is Values$$Lambda$14/0x... on JDK 17, Values$$Lambda/0x... from JDK 21 on
        assertThat(lambda.get(0)).matches("lambda           : \\{Values\\$\\$Lambda[$/].*@0x[0-9a-f]+} \\[Type: Values\\$\\$Lambda[$/].*]");
        assertThat(lambda.subList(1, lambda.size())).containsExactly("    arg$1            : 42 [Type: int]");
    }

    @Test
    void aCollectionLaidOutOtherwiseShowsItsFields() throws Exception {
        ObjectReference descending = (ObjectReference) target.local("descending");
        ObjectReference map = (ObjectReference) descending.getValue(descending.referenceType().fieldByName("m"));
        assertThat(dx("descending")).containsExactly(
                "descending       : {TreeSet@" + id("descending") + "} [Type: java.util.TreeSet]",
                "    m                : {TreeMap$DescendingSubMap@0x" + Long.toHexString(map.uniqueID())
                        + "} [Type: java.util.TreeMap$DescendingSubMap]");
    }

    @Test
    void aHugeArrayIsShownAPageAtATime() throws Exception {
        List<String> first = dx("huge");
        assertThat(first).hasSize(102);
        assertThat(first.get(0)).isEqualTo("huge             : { length=10000000 } [Type: int[]]");
        assertThat(first.get(100)).isEqualTo("    [0x63]           : 0 [Type: int]");
        assertThat(first.get(101)).isEqualTo("    [...]            : 9999900 more: dx huge,100");
        assertThat(dx("-r1 huge,9999998")).containsExactly(
                "huge             : { length=10000000 } [Type: int[]]",
                "    [0x98967e]       : 0 [Type: int]",
                "    [0x98967f]       : 9 [Type: int]");
        assertThat(dx("-r1 huge,0x98967f,1")).containsExactly(
                "huge             : { length=10000000 } [Type: int[]]",
                "    [0x98967f]       : 9 [Type: int]");
        assertThat(dx("-r1 big100k,100,2")).containsExactly(
                "big100k          : { size=100000 } [Type: java.util.ArrayList]",
                "    [0x64]           : 100 [Type: java.lang.Integer]",
                "    [0x65]           : 101 [Type: java.lang.Integer]",
                "    [...]            : 99898 more: dx big100k,102");
        assertThat(dx("arrayList,5")).containsExactly(
                "arrayList        : { size=3 } [Type: java.util.ArrayList]",
                "    [...]            : nothing from [0x5] on: there are 3");
    }

    @Test
    void linkedStructuresStopAfterTheWalkBound() throws Exception {
        Tunables twoLinks = Tunables.DEFAULTS.with(RenderSettings.DX_MAX_WALK, 2);
        assertThat(dx("linked", twoLinks)).containsExactly(
                "linked           : { size=3 } [Type: java.util.LinkedList]",
                "    [0x0]            : 1 [Type: java.lang.Integer]",
                "    [0x1]            : 2 [Type: java.lang.Integer]",
                "    [...]            : not shown: dbgshell follows at most 2 links per page and this structure has no index");
    }

    @Test
    void outputStopsAtTheLineBound() throws Exception {
        Tunables fiveLines = Tunables.DEFAULTS.with(RenderSettings.DX_MAX_LINES, 5);
        assertThat(dx("big100k", fiveLines)).containsExactly(
                "big100k          : { size=100000 } [Type: java.util.ArrayList]",
                "    [0x0]            : 0 [Type: java.lang.Integer]",
                "    [0x1]            : 1 [Type: java.lang.Integer]",
                "    [0x2]            : 2 [Type: java.lang.Integer]",
                "... output stops at 5 lines: show less with -r N or EXPR,FIRST,COUNT");
        Tunables twoChildren = Tunables.DEFAULTS.with(RenderSettings.DX_CHILDREN, 2);
        assertThat(dx("-r2 nested", twoChildren)).containsExactly(
                "nested           : { size=1 } [Type: java.util.ImmutableCollections$List12]",
                "    [0x0]            : { size=2 } [Type: java.util.ImmutableCollections$List12]",
                "        [0x0]            : \"x\" [Type: java.lang.String]",
                "        [0x1]            : \"y\" [Type: java.lang.String]");
        assertThat(dx("arrayList", twoChildren)).endsWith("    [...]            : 1 more: dx arrayList,2");
    }

    private static List<String> boxes(Integer... values) {
        return elements("java.lang.Integer", (Object[]) values);
    }

    private static List<String> elements(String... strings) {
        return elements("java.lang.String", (Object[]) strings);
    }

    /** Child lines {@code [0x0] : TEXT [Type: TYPE]}, one per text. */
    private static List<String> elements(String type, Object... texts) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(String.format("    %-16s : %s [Type: %s]", Reads.index(i), texts[i], type));
        }
        return lines;
    }

    private static List<String> map(String name, String type, Map<String, Integer> inThisJvm) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-16s : { size=%d } [Type: %s]", name, inThisJvm.size(), type));
        int i = 0;
        for (Map.Entry<String, Integer> entry : inThisJvm.entrySet()) {
            lines.add(String.format("    %-16s : \"%s\" -> %d", Reads.index(i++), entry.getKey(), entry.getValue()));
        }
        return lines;
    }
}
