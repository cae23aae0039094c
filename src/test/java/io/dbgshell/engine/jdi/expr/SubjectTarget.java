package io.dbgshell.engine.jdi.expr;

import io.dbgshell.config.Tunables;
import io.dbgshell.engine.expr.Expression;
import io.dbgshell.testing.TargetJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Tests against the expression tests' target ({@code src/test/resources/expr-target/demo/Subject.java}),
 * one JVM per test class, stopped by a breakpoint event in {@code probe}.
 */
abstract class SubjectTarget {
    static final String CLASS = "demo.Subject";

    @TempDir
    static Path dir;
    static TargetJvm target;
    static Evaluator evaluator;

    @BeforeAll
    static void start() throws Exception {
        target = TargetJvm.program(dir).source(CLASS.replace('.', '/') + ".java", source())
                .launchToMarker(CLASS, "// STOP").start();
        evaluator = new Evaluator(new EventRequestsPause(target.vm.eventRequestManager()), Tunables.DEFAULTS);
    }

    @AfterAll
    static void stop() {
        if (target != null) {
            target.close();
        }
    }

    static String source() throws IOException {
        try (InputStream in = SubjectTarget.class.getResourceAsStream("/expr-target/demo/Subject.java")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The value of {@code text} in frame {@code frame} of the stopped thread, as the commands show it. */
    static String eval(String text, int frame, EvalPolicy policy) throws Exception {
        return ValueFormat.format(evaluator.evaluate(Expression.parse(text), target.thread, frame, policy));
    }
}
