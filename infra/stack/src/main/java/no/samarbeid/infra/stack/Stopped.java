package no.samarbeid.infra.stack;

import java.time.Duration;

/**
 * How a server's process ended when the stack stopped it: by the polite signal within the grace period, or by
 * SIGKILL after it ({@code killed}); {@code survived} when even SIGKILL did not end it within {@link
 * Processes#KILL_WAIT}.
 */
public record Stopped(long pid, String signal, boolean killed, boolean survived, Duration took) {

    /** One line for {@code ./samarbeid down}, e.g. {@code stopped (pid 42, SIGTERM, 3 s)}. */
    public String report() {
        if (survived) {
            return "STILL RUNNING (pid %d): ignored SIG%s for %d s and SIGKILL; stop it by hand"
                    .formatted(pid, signal, took.toSeconds());
        }
        if (killed) {
            return "KILLED (pid %d): did not stop within %d s of SIG%s, so it got SIGKILL"
                    .formatted(pid, took.toSeconds(), signal);
        }
        return "stopped (pid %d, SIG%s, %d s)".formatted(pid, signal, took.toSeconds());
    }
}
