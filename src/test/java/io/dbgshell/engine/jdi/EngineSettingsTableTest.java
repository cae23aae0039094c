package io.dbgshell.engine.jdi;

import io.dbgshell.config.Setting;
import io.dbgshell.engine.jdi.expr.EvalSettings;
import io.dbgshell.engine.jdi.render.RenderSettings;
import io.dbgshell.engine.jdi.symbols.SymbolSettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's settings classes hold settings and nothing else, their names are unique, and every
 * one of them has its row in docs/reliability.md's table of bounds, naming the class that declares it.
 */
class EngineSettingsTableTest {
    private static final List<Class<?>> SETTINGS_CLASSES =
            List.of(JdiSettings.class, SymbolSettings.class, RenderSettings.class, EvalSettings.class);

    @Test
    void everyEngineSettingHasItsRowInTheTableOfBounds() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("docs", "reliability.md")).stream()
                .filter(line -> line.startsWith("| `"))
                .toList();
        List<String> missing = new ArrayList<>();
        for (Class<?> owner : SETTINGS_CLASSES) {
            // the class column names it by its path under io/dbgshell: engine/jdi/JdiSettings
            String path = owner.getName().substring("io.dbgshell.".length()).replace('.', '/');
            for (Setting<?> setting : settingsOf(owner)) {
                String name = "| `" + setting.name() + "` |";
                if (rows.stream().noneMatch(line -> line.startsWith(name) && line.contains("| `" + path + "` |"))) {
                    missing.add(setting.name() + " of " + path);
                }
            }
        }
        assertThat(missing).as("rows missing from docs/reliability.md").isEmpty();
    }

    @Test
    void aSettingsClassHoldsOnlyPublicSettingConstantsWithNamesOfTheirOwn() {
        List<String> names = new ArrayList<>();
        for (Class<?> owner : SETTINGS_CLASSES) {
            for (Field field : owner.getDeclaredFields()) {
                assertThat(field.getType()).as(owner.getSimpleName() + "." + field.getName()).isEqualTo(Setting.class);
                assertThat(Modifier.isPublic(field.getModifiers()) && Modifier.isStatic(field.getModifiers())
                        && Modifier.isFinal(field.getModifiers())).as(field.getName() + " is public static final").isTrue();
            }
            settingsOf(owner).forEach(setting -> names.add(setting.name()));
        }
        assertThat(names).isNotEmpty().doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), "kebab-case");
    }

    private static List<Setting<?>> settingsOf(Class<?> owner) {
        List<Setting<?>> settings = new ArrayList<>();
        for (Field field : owner.getDeclaredFields()) {
            if (field.getType() == Setting.class && Modifier.isStatic(field.getModifiers())) {
                try {
                    settings.add((Setting<?>) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(field + " is not readable", e);
                }
            }
        }
        return settings;
    }
}
