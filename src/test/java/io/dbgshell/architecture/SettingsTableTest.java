package io.dbgshell.architecture;

import io.dbgshell.cli.CliSettings;
import io.dbgshell.client.ClientSettings;
import io.dbgshell.command.CommandSettings;
import io.dbgshell.config.Setting;
import io.dbgshell.engine.jdi.JdiSettings;
import io.dbgshell.engine.jdi.expr.EvalSettings;
import io.dbgshell.engine.jdi.render.RenderSettings;
import io.dbgshell.engine.jdi.symbols.SymbolSettings;
import io.dbgshell.files.FilesSettings;
import io.dbgshell.host.HostSettings;
import io.dbgshell.logging.LogSettings;
import io.dbgshell.protocol.ProtocolSettings;
import io.dbgshell.security.tls.TlsSettings;
import io.dbgshell.session.SessionSettings;
import io.dbgshell.shell.ShellSettings;
import io.dbgshell.transport.serial.ComSettings;
import io.dbgshell.transport.tcp.TcpSettings;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every setting, the session's side and the engine's, is named in docs/reliability.md's table of
 * bounds, and every {@code *Settings} class is nothing but its settings, so a bound added without a
 * row fails here.
 */
class SettingsTableTest {
    private static final List<Class<?>> SETTINGS = List.of(ProtocolSettings.class, SessionSettings.class,
            HostSettings.class, ClientSettings.class, ShellSettings.class, CliSettings.class, CommandSettings.class, FilesSettings.class,
            TcpSettings.class, TlsSettings.class, ComSettings.class, LogSettings.class,
            JdiSettings.class, SymbolSettings.class, RenderSettings.class, EvalSettings.class);
    private static final Path DOC = Path.of("docs", "reliability.md");
    private static final String SECTION = "## Bounds and settings";
    /** A table row's first cell: the setting's name in backquotes. */
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|");

    @Test
    void everySettingIsInTheTableOfBounds() throws Exception {
        Set<String> documented = documentedNames();
        List<String> missing = new ArrayList<>();
        for (Setting<?> setting : declared()) {
            if (!documented.contains(setting.name())) {
                missing.add(setting.name());
            }
        }
        assertThat(missing).as("settings without a row in " + DOC + " under '" + SECTION + "'").isEmpty();
    }

    @Test
    void aSettingsClassHoldsItsSettingsAndNothingElse() {
        for (Class<?> type : SETTINGS) {
            assertThat(Modifier.isFinal(type.getModifiers())).as(type + " is final").isTrue();
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                assertThat(Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                        && field.getType() == Setting.class).as(type.getSimpleName() + "." + field.getName()
                        + " is a public static final Setting").isTrue();
            }
        }
    }

    @Test
    void namesAreUnique() {
        List<String> names = declared().stream().map(Setting::name).toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    private static List<Setting<?>> declared() {
        List<Setting<?>> settings = new ArrayList<>();
        for (Class<?> type : SETTINGS) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == Setting.class) {
                    try {
                        settings.add((Setting<?>) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(type.getSimpleName() + "." + field.getName() + " is not public", e);
                    }
                }
            }
        }
        return settings;
    }

    private static Set<String> documentedNames() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(SECTION);
        assertThat(start).as(DOC + " has the section '" + SECTION + "'").isNotNegative();
        int end = doc.indexOf("\n## ", start + SECTION.length());
        Matcher row = ROW.matcher(doc.substring(start, end < 0 ? doc.length() : end));
        Set<String> names = new TreeSet<>();
        while (row.find()) {
            names.add(row.group(1));
        }
        return names;
    }
}
