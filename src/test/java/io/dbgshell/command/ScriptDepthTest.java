package io.dbgshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptDepthTest {

    @Test
    void allowsThirtyTwoNestedScriptsAndNoMore() {
        assertThat(ScriptDepth.allowsAnother(0)).isTrue();
        assertThat(ScriptDepth.allowsAnother(31)).isTrue();
        assertThat(ScriptDepth.allowsAnother(32)).isFalse();
        assertThat(ScriptDepth.EXCEEDED_MESSAGE)
                .isEqualTo("Error: script nesting exceeds 32 levels (recursive script?)");
    }
}
