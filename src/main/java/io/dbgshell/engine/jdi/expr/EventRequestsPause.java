package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.request.EventRequest;
import com.sun.jdi.request.EventRequestManager;
import com.sun.jdi.request.InvalidRequestStateException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@link RequestsPause} over a VM's {@link EventRequestManager}: every kind of request it can hold.
 * Each disable and enable is one round trip to the target, so the cost grows with the number of
 * enabled requests; none is paid when nothing is enabled.
 */
public final class EventRequestsPause implements RequestsPause {
    private final EventRequestManager requests;

    public EventRequestsPause(EventRequestManager requests) {
        this.requests = requests;
    }

    @Override
    public Paused pause() {
        List<EventRequest> paused = new ArrayList<>();
        allRequests().filter(EventRequest::isEnabled).forEach(request -> {
            request.disable();
            paused.add(request);
        });
        return () -> {
            for (EventRequest request : paused) {
                try {
                    request.enable();
                } catch (InvalidRequestStateException deletedMeanwhile) {
                    // The engine deleted it during the call (a /1 breakpoint elsewhere): nothing to restore.
                } catch (VMDisconnectedException gone) {
                    return;
                }
            }
        };
    }

    /** Every request but VM death ones: a target that dies during a call must still be noticed. */
    private Stream<? extends EventRequest> allRequests() {
        return Stream.of(requests.breakpointRequests(), requests.stepRequests(),
                        requests.exceptionRequests(), requests.classPrepareRequests(),
                        requests.classUnloadRequests(), requests.methodEntryRequests(),
                        requests.methodExitRequests(), requests.accessWatchpointRequests(),
                        requests.modificationWatchpointRequests(), requests.threadStartRequests(),
                        requests.threadDeathRequests(), requests.monitorContendedEnterRequests(),
                        requests.monitorContendedEnteredRequests(), requests.monitorWaitRequests(),
                        requests.monitorWaitedRequests())
                .flatMap(List::stream);
    }
}
