package io.dbgshell.logging;

import io.dbgshell.config.Tunables;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * dbgshell's slf4j back end: {@code cli.Main} names it in {@code slf4j.provider}, and
 * {@code META-INF/services} lists it for any other JVM (tests, tools). It exists because
 * the stock simple back end truncates its file at every start (a client would wipe the host's log)
 * and formats dates through locale data that costs start-up time.
 */
public final class DbgshellLogServiceProvider implements SLF4JServiceProvider {
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();
    private ILoggerFactory loggers;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        LogConfig settings = LogConfig.fromSystemProperties();
        // SLF4J starts this before main runs, so no other values than the defaults can be in force yet
        LogSink sink = new LogSink(settings.file(), Tunables.DEFAULTS);
        ConcurrentMap<String, Logger> byName = new ConcurrentHashMap<>();
        loggers = name -> byName.computeIfAbsent(name, n -> new DbgshellLogger(n, settings.levelFor(n), sink));
    }
}
