package io.dbgshell.reliability;

import io.dbgshell.client.ClientException;
import io.dbgshell.command.builtin.BuiltinCommands;
import io.dbgshell.config.Tunables;
import io.dbgshell.host.HostLinks;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.protocol.Identity;
import io.dbgshell.session.Session;
import io.dbgshell.shell.HostConsole;
import io.dbgshell.testing.FloodCommand;
import io.dbgshell.testing.PrintingConsole;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.transport.spec.PasswordSource;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.spec.Protocol;
import io.dbgshell.transport.Transports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The long soak, run by hand only: {@code mvn -o test -Dtest=SoakTest -Ddbgshell.soak.minutes=30}.
 * {@value #SLOTS} client slots over tcp join, type commands, leave (politely or by dropping the
 * link) and join again at random while the host prints bursts of output. Heap (after a GC) and
 * live threads are sampled each minute; at the end, with every client gone, both must be back
 * near the level measured after the first minute. The host's console keeps only a count, so what
 * is measured is the session's memory, not a transcript.
 */
@EnabledIfSystemProperty(named = SoakTest.MINUTES_PROPERTY, matches = "\\d+")
class SoakTest {
    static final String MINUTES_PROPERTY = "dbgshell.soak.minutes";
    private static final int SLOTS = 100;
    private static final long SEED = 0x50a4L;
    private static final long HEAP_SLACK_BYTES = 32L << 20;
    private static final int THREAD_SLACK = 4;
    /** About 200 operations a second: a busy session, not a benchmark. */
    private static final Duration PACE = Duration.ofMillis(5);

    @Test
    void heapAndThreadsStayFlatThroughJoinsLeavesCommandsAndOutput() throws Exception {
        Duration length = Duration.ofMinutes(Long.getLong(MINUTES_PROPERTY));
        Random random = new Random(SEED);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicLong shownChars = new AtomicLong();
        PrintingConsole console = new PrintingConsole(text -> shownChars.addAndGet(text.length()));
        HostConsole host = new HostConsole(TestHost.HOST_IDENTITY, console, Tunables.DEFAULTS);
        try (EventLoops loops = new EventLoops(2)) {
            Transports transports = tcp(loops);
            Session session = Session.builder().tunables(TestHost.fastSettings()).transports(transports)
                    .commands(BuiltinCommands.registry().register(new FloodCommand())).links(new HostLinks()).build();
            session.attachHostConsole(host);
            ServerEntry server = session.servers().start(TransportSpecParser.parse("tcp:port=24660:24679", Role.SERVER));
            String transport = "tcp:server=127.0.0.1,port=" + ((TcpSpec) server.spec()).port().low();
            TestClient[] slots = new TestClient[SLOTS];
            long start = System.nanoTime();
            long nextSample = start;
            long baselineHeap = -1;
            int baselineThreads = -1;
            long operations = 0;
            int minute = 0;
            while (System.nanoTime() - start < length.toNanos()) {
                int slot = random.nextInt(SLOTS);
                TestClient client = slots[slot];
                int action = random.nextInt(100);
                if (client == null) {
                    slots[slot] = joinOrNull(transports, transport, slot);
                } else if (action < 70) {
                    client.type(".echo soak " + slot + " " + operations);
                } else if (action < 75) {
                    session.submit(host, "flood 200 80 burst");
                } else if (action < 85) {
                    client.type("q");
                    client.awaitOutcome();
                    slots[slot] = null;
                } else {
                    client.close();
                    slots[slot] = null;
                }
                if (client != null) {
                    // the recorded text is the test's own memory, not the session's: start each client afresh now and then
                    if (client.log().text().length() > 1 << 20) {
                        client.close();
                        slots[slot] = null;
                    }
                }
                operations++;
                if (System.nanoTime() >= nextSample) {
                    long heap = usedHeapAfterGc(memory);
                    int live = threads.getThreadCount();
                    System.out.printf("soak minute %d: %d operations, heap %d MiB, %d threads%n",
                            minute, operations, heap >> 20, live);
                    if (minute == 1) {
                        baselineHeap = heap;
                        baselineThreads = live;
                    }
                    minute++;
                    nextSample += Duration.ofMinutes(1).toNanos();
                }
                LockSupport.parkNanos(PACE.toNanos());
            }
            for (TestClient client : slots) {
                if (client != null) {
                    client.close();
                }
            }
            session.end("Soak over.");
            session.ended().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();
            long heap = usedHeapAfterGc(memory);
            int live = threads.getThreadCount();
            System.out.printf("soak end: %d operations in %s, %d MiB of output shown at the host, heap %d MiB (baseline %d), %d threads (baseline %d)%n",
                    operations, length, shownChars.get() >> 20, heap >> 20, baselineHeap >> 20, live, baselineThreads);
            if (baselineHeap >= 0) {
                assertThat(heap).isLessThan(baselineHeap + HEAP_SLACK_BYTES);
                assertThat(live).isLessThanOrEqualTo(baselineThreads + THREAD_SLACK);
            }
        }
    }

    private static TestClient joinOrNull(Transports transports, String transport, int slot) {
        try {
            return TestClient.join(transports, transport, new Identity("SOAK" + slot, "u" + slot));
        } catch (ClientException e) {
            throw new AssertionError("slot " + slot + " could not join: " + e.getMessage(), e);
        }
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static Transports tcp(EventLoops loops) {
        return TestTransports.tcp(loops);
    }
}
