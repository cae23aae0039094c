package io.dbgshell.engine.jdi.render;

import com.sun.jdi.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Elements reached by following links (a LinkedList, a HashMap's chains, a TreeMap's tree). There is
 * no index, so a page costs one round trip per element before it as well; past
 * {@link RenderSettings#DX_MAX_WALK} links the page ends with a note instead.
 *
 * @param size     how many elements the structure says it has
 * @param walk     starts a walk over the elements in order
 * @param keysOnly show a map's keys as elements (a HashSet is its map's keys)
 * @param maxWalk  links followed at most per page
 */
record WalkedChildren(long size, Supplier<Walk> walk, boolean keysOnly, int maxWalk) implements Children {

    /** One pass over a linked structure. */
    interface Walk {
        /** The next element ({@code {value}}) or entry ({@code {key, value}}); null at the end. Costs about one round trip. */
        Value[] next();
    }

    @Override
    public List<Child> page(long first, int count) {
        List<Child> children = new ArrayList<>();
        Walk pass = walk.get();
        for (long index = 0; index < first + count; index++) {
            if (index >= maxWalk) {
                children.add(new Child.Note("[...]", "not shown: dbgshell follows at most " + maxWalk
                        + " links per page and this structure has no index"));
                break;
            }
            Value[] item = pass.next();
            if (item == null) {
                break;
            }
            if (index >= first) {
                String name = Reads.index(index);
                children.add(item.length == 1 || keysOnly ? new Child.Of(name, item[0], null)
                        : new Child.Entry(name, item[0], item[1]));
            }
        }
        return children;
    }
}
