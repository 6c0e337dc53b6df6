package no.samarbeid.infra.stack;

import java.io.IOException;
import java.util.List;

/** One real server of the local stack, started as a separate operating-system process. */
public interface Server {

    /** Short name, also used for the server's data, log and pid files. */
    String name();

    /** Whether the server answers on its ports as a healthy instance of itself. */
    boolean healthy();

    /**
     * Starts the server in the background and returns its process; prepares data on first start. The process must
     * keep running after the launcher exits, with its output in {@code home.log(name())}.
     */
    Process start(StackHome home) throws IOException, InterruptedException;

    /**
     * Stops the process this stack started, within a bound; by default SIGTERM to it and its children, then SIGKILL
     * after {@link Processes#stopGrace()}.
     */
    default Stopped stop(ProcessHandle process, StackHome home) {
        return Processes.terminate(process);
    }

    /**
     * Runs once the server is healthy, whether this stack started it or reused it, e.g. to create what the platform
     * needs on it; returns a note for the report, or an empty string.
     */
    default String prepare(StackHome home) throws Exception {
        return "";
    }

    /** Lines that tell a person where the server runs, e.g. its URL. */
    List<String> endpoints();

    /** How long a start may take before the stack gives up, in seconds. */
    default int startTimeoutSeconds() {
        return 120;
    }
}
