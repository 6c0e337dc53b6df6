package no.samarbeid.infra.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * Finds the Java processes that run this checkout's platform app ({@code ./samarbeid run}, an IDE, a build's test
 * JVM): any {@code java} process other than this one whose command line names {@code <checkout>/platform-app/}. The
 * stack never starts them, so {@code down} only warns about them.
 */
final class AppProcesses {

    private AppProcesses() {}

    static List<ProcessHandle> of(Path checkout) {
        String marker = checkout.resolve("platform-app").toString() + "/";
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != self)
                .filter(process -> runsApp(
                        process.info().command().orElse(""),
                        process.info().arguments().orElse(new String[0]),
                        marker))
                .toList();
    }

    static boolean runsApp(String command, String[] arguments, String marker) {
        return (command.endsWith("/java") || command.equals("java"))
                && java.util.Arrays.stream(arguments).anyMatch(argument -> argument.contains(marker));
    }

    /** The process's command line, shortened for one line of output. */
    static String describe(ProcessHandle process) {
        String line = process.info().commandLine().orElse("java");
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
