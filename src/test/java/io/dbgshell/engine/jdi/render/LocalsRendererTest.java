package io.dbgshell.engine.jdi.render;

import com.sun.jdi.Method;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;
import io.dbgshell.testing.TargetJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code dv} against real JVMs stopped at a breakpoint, compiled with and without {@code -g}. */
class LocalsRendererTest {
    private static final LocalsRenderer DV = new LocalsRenderer(Tunables.DEFAULTS);

    private static List<String> dv(TargetJvm target, String arguments) throws EngineException {
        return DV.render(target.frame(), DvArguments.parse(arguments));
    }

    @Test
    void localsAreRightAlignedWithTheirValues(@TempDir Path dir) throws Exception {
        try (TargetJvm target = TargetJvm.program(dir).source(RenderTargets.NO_LOCALS)
                .launchToMarker("NoLocals", "// STOP").start()) {
            String self = "{NoLocals@0x" + Long.toHexString(target.frame().thisObject().uniqueID()) + "}";
            assertThat(dv(target, "")).containsExactly(
                    "   this = " + self,
                    "  count = 5",
                    "   name = \"five\"",
                    "doubled = 10");
            assertThat(dv(target, "/t")).containsExactly(
                    "        NoLocals this = " + self,
                    "            int count = 5",
                    "java.lang.String name = \"five\"",
                    "          int doubled = 10");
            assertThat(dv(target, "name")).containsExactly("name = \"five\"");
            assertThat(dv(target, "/t *o*")).containsExactly(
                    "  int count = 5",
                    "int doubled = 10");
            assertThatThrownBy(() -> dv(target, "missing")).isInstanceOf(EngineException.class)
                    .hasMessage("dv: no local variable matches 'missing'");
        }
    }

    @Test
    void withoutDebugInformationTheArgumentsAreShown(@TempDir Path dir) throws Exception {
        try (TargetJvm target = TargetJvm.program(dir).source(RenderTargets.NO_LOCALS).debugInfo(TargetJvm.DebugInfo.LINES)
                .launchToMarker("NoLocals", "// STOP").start()) {
            String self = "{NoLocals@0x" + Long.toHexString(target.frame().thisObject().uniqueID()) + "}";
            String unavailable = "Local variables are unavailable: NoLocals was compiled without them (javac -g);"
                    + " the arguments are:";
            assertThat(dv(target, "")).containsExactly(
                    unavailable,
                    "this = " + self,
                    "arg0 = 5",
                    "arg1 = \"five\"");
            assertThat(dv(target, "/t arg1")).containsExactly(unavailable, "java.lang.String arg1 = \"five\"");
        }
    }

    @Test
    void typesShowTheirGenericArguments(@TempDir Path dir) throws Exception {
        try (TargetJvm target = TargetJvm.program(dir).source(RenderTargets.VALUES)
                .launchToMarker("Values", "// STOP").start()) {
            assertThat(dv(target, "/t hash")).containsExactly(
                    "java.util.Map<java.lang.String, java.lang.Integer> hash = { size=4 }");
            assertThat(dv(target, "/t box")).singleElement().asString()
                    .startsWith("Values$Box<java.util.List<java.lang.String>> box = {Values$Box@0x");
            assertThat(dv(target, "/t grid")).containsExactly("int[][] grid = { length=2 }");
        }
    }

    @Test
    void aNativeFrameSaysItHasNoLocals(@TempDir Path dir) throws Exception {
        try (TargetJvm target = TargetJvm.program(dir).source(RenderTargets.NAPPER)
                .launchToMarker("Napper", "// STOP").start()) {
            ThreadReference napper = target.vm.allThreads().stream()
                    .filter(t -> t.name().equals("napper")).findFirst().orElseThrow();
            napper.suspend();
            StackFrame nativeFrame = napper.frame(0);
            Method sleeping = nativeFrame.location().method();
            assertThat(sleeping.isNative()).isTrue();
            String qualified = sleeping.declaringType().name() + "." + sleeping.name();
            assertThat(DV.render(nativeFrame, DvArguments.parse(""))).containsExactly(
                    "Local variables are unavailable: " + qualified + " is a native method (kp shows its argument types)");
        }
    }
}
