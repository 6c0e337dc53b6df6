package no.samarbeid.workshops.journey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A live stream (server-sent events) as a browser would hold it: connected with an {@code Authorization} header and
 * optionally a {@code Last-Event-ID}, keeping every line it received (to show what never came) and the events parsed
 * from them.
 */
final class JourneyStream implements AutoCloseable {

    static final Duration WITHIN = Duration.ofSeconds(15);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One server-sent event. */
    record Event(@Nullable String id, String name, String data) {

        JsonNode json() {
            return JSON.readTree(data);
        }
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final StringBuffer raw = new StringBuffer();
    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable StringBuilder data;

    private JourneyStream() {}

    static JourneyStream open(int port, String path, String authorization, @Nullable String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/event-stream")
                .header("Authorization", authorization);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        var stream = new JourneyStream();
        HTTP.sendAsync(request.build(), info -> {
            stream.status.complete(info.statusCode());
            return HttpResponse.BodySubscribers.fromLineSubscriber(stream.new Lines());
        });
        return stream;
    }

    /** Waits for the response and then for the {@code ready} event: the stream is live from then on. */
    JourneyStream live() {
        try {
            int code = status.get(WITHIN.toSeconds(), TimeUnit.SECONDS);
            if (code != 200) {
                throw new AssertionError("Live stream refused with " + code + ": " + raw());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Live stream did not answer", e);
        }
        await("ready");
        return this;
    }

    String raw() {
        return raw.toString();
    }

    List<Event> events(String eventName) {
        return events.stream().filter(e -> e.name().equals(eventName)).toList();
    }

    List<String> names() {
        return events.stream().map(Event::name).toList();
    }

    Event await(String eventName, Predicate<Event> matching) {
        return Awaitility.await()
                .atMost(WITHIN)
                .until(
                        () -> events.stream()
                                .filter(e -> e.name().equals(eventName))
                                .filter(matching)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    Event await(String eventName) {
        return await(eventName, event -> true);
    }

    /** The id of the newest event that had one: what a browser sends as {@code Last-Event-ID} on reconnecting. */
    String lastEventId() {
        return events.stream()
                .map(Event::id)
                .filter(Objects::nonNull)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No event with an id yet: " + raw()));
    }

    @Override
    public void close() {
        subscription.thenAccept(Flow.Subscription::cancel);
    }

    private void line(String line) {
        raw.append(line).append('\n');
        if (line.isEmpty()) {
            if (data != null || name != null) {
                events.add(new Event(id, name == null ? "message" : name, data == null ? "" : data.toString()));
            }
            id = null;
            name = null;
            data = null;
            return;
        }
        if (line.startsWith(":")) {
            return;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
        switch (field) {
            case "id" -> id = value;
            case "event" -> name = value;
            case "data" ->
                data = data == null
                        ? new StringBuilder(value)
                        : data.append('\n').append(value);
            default -> {}
        }
    }

    private final class Lines implements Flow.Subscriber<String> {

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            JourneyStream.this.subscription.complete(subscription);
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String item) {
            line(item);
        }

        @Override
        public void onError(Throwable throwable) {}

        @Override
        public void onComplete() {}
    }
}
