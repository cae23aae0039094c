package io.dbgshell.logging;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** One named logger: filters by level and hands formatted lines to the shared sink. */
final class DbgshellLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    private final transient LogSink sink;
    private final Level threshold;

    DbgshellLogger(String name, Level threshold, LogSink sink) {
        this.name = name;
        this.threshold = threshold;
        this.sink = sink;
    }

    private boolean enabled(Level level) {
        return level.toInt() >= threshold.toInt();
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                               Throwable failure) {
        sink.write(level.name(), name, MessageFormatter.basicArrayFormat(pattern, arguments), failure);
    }
}
