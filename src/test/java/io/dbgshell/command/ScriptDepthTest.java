package io.dbgshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptDepthTest {

    @Test
    void allowsThirtyTwoNestedScriptsAndNoMore() {
        ScriptDepth depth = new ScriptDepth(CommandSettings.SCRIPT_DEPTH.defaultValue());
        assertThat(depth.allowsAnother(0)).isTrue();
        assertThat(depth.allowsAnother(31)).isTrue();
        assertThat(depth.allowsAnother(32)).isFalse();
        assertThat(depth.exceededMessage())
                .isEqualTo("Error: script nesting exceeds 32 levels (recursive script?)");
    }
}
