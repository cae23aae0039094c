package io.dbgshell.transport.pipe;

/**
 * Turns a server's pipe name into the name it actually creates: the first {@code %d}/{@code %x}
 * becomes the process id, the second the id of the creating thread (decimal for {@code %d}, hex
 * for {@code %x}), and {@code %%} a single {@code %}. The parser has already refused other codes.
 */
public final class PipeNameExpander {
    private final long processId;
    private final long threadId;

    public PipeNameExpander(long processId, long threadId) {
        this.processId = processId;
        this.threadId = threadId;
    }

    /** The ids of this process and of the calling thread. */
    public static PipeNameExpander forCallingThread() {
        return new PipeNameExpander(ProcessIds.processId(), ProcessIds.threadId());
    }

    public String expand(String name) {
        StringBuilder actual = new StringBuilder(name.length());
        int codes = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char next = i + 1 < name.length() ? name.charAt(i + 1) : 0;
            if (c != '%' || (next != 'd' && next != 'x' && next != '%')) {
                actual.append(c);
                continue;
            }
            i++;
            if (next == '%') {
                actual.append('%');
            } else {
                long id = codes++ == 0 ? processId : threadId;
                actual.append(next == 'd' ? Long.toString(id) : Long.toHexString(id));
            }
        }
        return actual.toString();
    }
}
