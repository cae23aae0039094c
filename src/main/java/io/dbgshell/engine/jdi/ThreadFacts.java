package io.dbgshell.engine.jdi;

import com.sun.jdi.InternalException;
import com.sun.jdi.ObjectCollectedException;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VMDisconnectedException;
import io.dbgshell.engine.jdi.JdwpConnection.Command;
import io.dbgshell.engine.jdi.JdwpConnection.Reply;
import io.dbgshell.engine.jdi.symbols.ThreadStates.Facts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

/**
 * What {@code ~} shows of many threads, asked in one write on dbgshell's own JDWP connection
 * ({@link JdwpConnection#ask}): for each thread the three commands JDI's {@code status()},
 * {@code suspendCount()} and {@code name()} send, so the answers are JDWP's, as JDI's are. Asked
 * one after another, each of the 3,000 questions of a thousand threads cost a round trip with a
 * wake-up in both processes; written together, the agent answers them back to back
 * (docs/performance.md). JDI keeps none of these answers across a resume, so it would have asked
 * the target again too.
 */
final class ThreadFacts {
    private static final int VIRTUAL_MACHINE = 1;
    private static final int ID_SIZES = 7;
    private static final int THREAD_REFERENCE = 11;
    private static final int NAME = 1;
    private static final int STATUS = 4;
    private static final int SUSPEND_COUNT = 12;
    /** The questions asked of each thread, in this order. */
    private static final int[] ASKED = {STATUS, SUSPEND_COUNT, NAME};
    private static final int INVALID_THREAD = 10;
    private static final int INVALID_OBJECT = 20;
    private static final int VM_DEAD = 112;

    private final JdwpConnection connection;
    /** The bytes of an object id on this connection (JDWP's IDSizes), asked once: 0 until then. */
    private int objectIdBytes;

    ThreadFacts(JdwpConnection connection) {
        this.connection = connection;
    }

    /**
     * The facts of {@code threads}, in their order.
     *
     * @throws ObjectCollectedException a thread ended and was collected meanwhile, as JDI would throw it
     * @throws VMDisconnectedException  the connection ended
     */
    synchronized List<Facts> of(List<ThreadReference> threads) {
        if (threads.isEmpty()) {
            return List.of();
        }
        if (objectIdBytes == 0) {
            objectIdBytes = data(answers(List.of(new Command(VIRTUAL_MACHINE, ID_SIZES, new byte[0]))).get(0))
                    .getInt(8); // field, method, then object id sizes
        }
        List<Command> commands = new ArrayList<>(threads.size() * ASKED.length);
        for (ThreadReference thread : threads) {
            byte[] id = id(thread.uniqueID());
            for (int command : ASKED) {
                commands.add(new Command(THREAD_REFERENCE, command, id));
            }
        }
        List<Reply> replies = answers(commands);
        List<Facts> facts = new ArrayList<>(threads.size());
        for (int i = 0; i < threads.size(); i++) {
            ByteBuffer status = data(replies.get(ASKED.length * i));
            ByteBuffer count = data(replies.get(ASKED.length * i + 1));
            ByteBuffer name = data(replies.get(ASKED.length * i + 2));
            byte[] text = new byte[name.getInt()];
            name.get(text);
            facts.add(new Facts(threads.get(i).uniqueID(), status.getInt(), count.getInt(),
                    new String(text, StandardCharsets.UTF_8)));
        }
        return facts;
    }

    private byte[] id(long id) {
        ByteBuffer bytes = ByteBuffer.allocate(objectIdBytes);
        for (int shift = 8 * (objectIdBytes - 1); shift >= 0; shift -= 8) {
            bytes.put((byte) (id >>> shift));
        }
        return bytes.array();
    }

    /** Waits as JDI's own requests wait, without a bound of its own: the connection's end ends the wait. */
    private List<Reply> answers(List<Command> commands) {
        try {
            return connection.ask(commands).get();
        } catch (IOException e) {
            throw new VMDisconnectedException(e.getMessage());
        } catch (ExecutionException e) {
            throw new VMDisconnectedException(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while listing threads");
        }
    }

    /** A reply's data, or JDWP's error as JDI throws it. */
    private static ByteBuffer data(Reply reply) {
        return switch (reply.error()) {
            case 0 -> ByteBuffer.wrap(reply.data());
            case INVALID_OBJECT -> throw new ObjectCollectedException();
            case INVALID_THREAD -> throw new IllegalThreadStateException();
            case VM_DEAD -> throw new VMDisconnectedException();
            default -> throw new InternalException("Unexpected JDWP Error: " + reply.error(), reply.error());
        };
    }
}
