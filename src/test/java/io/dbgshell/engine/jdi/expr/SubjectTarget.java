package io.dbgshell.engine.jdi.expr;

import io.dbgshell.testing.JdiTarget;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** The expression tests' target ({@code src/test/resources/expr-target/demo/Subject.java}), stopped in {@code probe}. */
final class SubjectTarget {
    static final String CLASS = "demo.Subject";

    private SubjectTarget() {
    }

    static String source() throws IOException {
        try (InputStream in = SubjectTarget.class.getResourceAsStream("/expr-target/demo/Subject.java")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static JdiTarget start(Path dir) throws Exception {
        return JdiTarget.stopAtMarker(dir, Map.of(CLASS, source()), CLASS, CLASS);
    }
}
