package no.samarbeid.workshops.live;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The id of a live event: its Kafka partition and offset ({@code <partition>-<offset>}), the same on every app
 * instance, so a client may resume on any of them with {@code Last-Event-ID}.
 */
record LiveEventId(int partition, long offset) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,6})-(\\d{1,18})");

    static Optional<LiveEventId> parse(@Nullable String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new LiveEventId(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2))));
    }

    @Override
    public String toString() {
        return partition + "-" + offset;
    }
}
