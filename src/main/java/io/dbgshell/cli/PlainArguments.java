package io.dbgshell.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The command lines nearly every start has ({@code -server}, {@code -remote}, {@code -c}, a java
 * command line...), read without picocli: building picocli's model spins annotation proxies and
 * reflects over every option, about 100 ms of CPU in a cold JVM, a third of a host's start to its
 * first {@code Server started} line. Whatever is not plainly one of these forms is left to
 * picocli, which reads it from scratch, so help, version, every usage error and its text stay
 * picocli's: {@code -QR}, {@code --password}, help and version, {@code @file} arguments, {@code --},
 * {@code -option=value}, an option given twice, a value that starts with {@code -}, a value that does
 * not convert, or options that {@link DbgshellCommand#problem()} refuses together.
 */
final class PlainArguments {
    private PlainArguments() {
    }

    /** Fills {@code options} from {@code args}; false when picocli must read them instead. */
    static boolean fill(String[] args, DbgshellCommand options) {
        Set<String> seen = new HashSet<>();
        for (String arg : args) {
            if (arg.startsWith("@")) {
                return false; // picocli expands argument files wherever they stand
            }
        }
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!option.startsWith("-")) {
                // the first positional starts the target's command line, all of the rest (setStopAtPositional)
                options.target.addAll(List.of(args).subList(i, args.length));
                break;
            }
            if (!seen.add(option) && !option.equals("-server")) {
                return false;
            }
            if (option.equals("-noio")) {
                options.noio = true;
                continue;
            }
            if (i + 1 == args.length || args[i + 1].startsWith("-")) {
                return false;
            }
            if (!take(option, args[++i], options)) {
                return false;
            }
        }
        return options.problem() == null;
    }

    private static boolean take(String option, String value, DbgshellCommand options) {
        try {
            switch (option) {
                case "-server" -> options.servers.add(value);
                case "-remote" -> options.remote = value;
                case "-c" -> options.commands = value;
                case "-cf" -> options.startupScript = Path.of(value);
                case "-logo" -> options.logOverwrite = Path.of(value);
                case "-loga" -> options.logAppend = Path.of(value);
                case "-clines" -> options.clines = Integer.parseInt(value);
                case "-p" -> options.attachPid = Long.parseLong(value);
                default -> {
                    return false;
                }
            }
            return true;
        } catch (NumberFormatException | InvalidPathException e) {
            return false;
        }
    }
}
