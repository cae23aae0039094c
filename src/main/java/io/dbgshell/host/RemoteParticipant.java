package io.dbgshell.host;

import io.dbgshell.config.Tunables;
import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.FrameCodec;
import io.dbgshell.protocol.Identity;
import io.dbgshell.session.Participant;
import io.dbgshell.session.SessionSettings;
import io.dbgshell.session.SessionOutput;
import io.dbgshell.transport.ConnectionInfo;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.util.concurrent.ScheduledFuture;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * A client attached over a transport. Output is queued here and written only while the channel is
 * writable (Netty's water marks). A client over its bound that has taken nothing for the stall
 * timeout (or that falls far past the bound) is disconnected and the session told, so one stalled
 * link never holds up the others while a merely slower one is not cut off by a burst. Queue state lives on the
 * channel's event loop; frames handed over from other threads wait in a hand-off queue that one
 * event-loop task moves at a time, so a burst of output costs one task and one flush, not one each.
 */
final class RemoteParticipant implements Participant {
    private final Channel channel;
    /** Prefixes every line this client types on everyone's screen, so it is built once. */
    private final String description;
    private final int maxQueuedBytes;
    /** Queued bytes past which even a participant that still takes output is cut off. */
    private final long overrunBytes;
    private final boolean echoOwnInput;
    private final BiConsumer<RemoteParticipant, String> overflow;
    private final ConcurrentLinkedQueue<ByteBuf> handOff = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean transferPending = new AtomicBoolean();
    private final ArrayDeque<ByteBuf> queue = new ArrayDeque<>();
    private long queuedBytes;
    private final long stallNanos;
    private long lastProgressNanos = System.nanoTime();
    private ScheduledFuture<?> stallCheck;
    private boolean closeWhenDrained;
    private boolean dropped;

    RemoteParticipant(Channel channel, Identity identity, ConnectionInfo connection, boolean echoOwnInput,
                      Tunables tunables, BiConsumer<RemoteParticipant, String> overflow) {
        this.stallNanos = tunables.get(SessionSettings.PARTICIPANT_STALL_TIMEOUT).toNanos();
        this.echoOwnInput = echoOwnInput;
        this.channel = channel;
        this.description = identity + " " + connection.describe();
        this.maxQueuedBytes = tunables.get(SessionSettings.PARTICIPANT_QUEUE_BYTES);
        this.overrunBytes = (long) maxQueuedBytes * tunables.get(SessionSettings.OVERRUN_FACTOR);
        this.overflow = overflow;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public boolean isHost() {
        return false;
    }

    @Override
    public boolean echoesOwnInput() {
        return echoOwnInput;
    }

    @Override
    public void deliver(SessionOutput output) {
        enqueue(output.retainedFrame());
    }

    @Override
    public void prompt(String prompt) {
        enqueue(FrameCodec.encode(new Frame.Prompt(prompt), channel.alloc()));
    }

    @Override
    public void clearScreen() {
        enqueue(FrameCodec.encode(new Frame.Clear(), channel.alloc()));
    }

    @Override
    public void end(String message) {
        enqueue(FrameCodec.encode(new Frame.End(message), channel.alloc()));
        channel.eventLoop().execute(() -> {
            transfer();
            closeWhenDrained = true;
            drain();
        });
    }

    @Override
    public CompletionStage<Void> gone() {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        channel.closeFuture().addListener(f -> closed.complete(null));
        return closed;
    }

    private void enqueue(ByteBuf frame) {
        handOff.add(frame);
        if (transferPending.compareAndSet(false, true)) {
            channel.eventLoop().execute(() -> {
                transfer();
                drain();
            });
        }
    }

    /** Moves every handed-off frame to the queue, on the event loop; drops the client past the bound. */
    private void transfer() {
        transferPending.set(false);
        for (ByteBuf frame = handOff.poll(); frame != null; frame = handOff.poll()) {
            if (dropped || closeWhenDrained || !channel.isActive()) {
                frame.release();
                continue;
            }
            queue.addLast(frame);
            queuedBytes += frame.readableBytes();
            if (queuedBytes > maxQueuedBytes) {
                overBound();
            }
        }
    }

    /**
     * Over the bound: a participant that has taken nothing for the stall timeout is dropped now,
     * one that is still taking output only past the overrun limit; otherwise look again once the
     * stall timeout has passed, in case no more output comes to trigger the check.
     */
    private void overBound() {
        boolean stalled = System.nanoTime() - lastProgressNanos >= stallNanos;
        if (stalled || queuedBytes > overrunBytes) {
            drop();
        } else if (stallCheck == null) {
            stallCheck = channel.eventLoop().schedule(() -> {
                stallCheck = null;
                if (!dropped && queuedBytes > maxQueuedBytes) {
                    overBound();
                }
            }, stallNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Writes queued frames while the link takes them; called again when the channel becomes writable. */
    void drain() {
        boolean wrote = false;
        while (channel.isWritable() && !queue.isEmpty()) {
            ByteBuf frame = queue.removeFirst();
            queuedBytes -= frame.readableBytes();
            channel.write(frame, channel.voidPromise());
            wrote = true;
        }
        if (wrote) {
            lastProgressNanos = System.nanoTime();
        }
        if (closeWhenDrained && queue.isEmpty()) {
            channel.writeAndFlush(channel.alloc().buffer(0)).addListener(ChannelFutureListener.CLOSE);
        } else if (wrote || !channel.isWritable()) {
            // also when nothing was written: bytes an SslHandler holds unencrypted count against
            // writability, and only a flush makes it encrypt and send them
            channel.flush();
        }
    }

    private void drop() {
        dropped = true;
        long waiting = queuedBytes;
        releaseQueued();
        overflow.accept(this, "could not keep up: " + waiting / 1024 + " KiB of output were waiting");
        channel.close();
    }

    /** Releases what is still queued once the link is gone. */
    void discard() {
        transfer();
        releaseQueued();
    }

    private void releaseQueued() {
        queue.forEach(ByteBuf::release);
        queue.clear();
        queuedBytes = 0;
    }
}
