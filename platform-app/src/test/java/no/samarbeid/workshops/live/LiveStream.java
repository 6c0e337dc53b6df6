package no.samarbeid.workshops.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A server-sent-events client as a browser's EventSource would be: it streams the body line by line on the HTTP
 * client's threads, keeps every raw line (to assert what never came) and collects the events it parses.
 */
final class LiveStream implements AutoCloseable {

    static final Duration WITHIN = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One event: its id (null when it had none), name and data. */
    record Event(@Nullable String id, String name, String data) {

        JsonNode json() {
            return JSON.readTree(data);
        }
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final StringBuffer raw = new StringBuffer();
    private final AtomicInteger comments = new AtomicInteger();
    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable StringBuilder data;

    private LiveStream() {}

    /** Connects with an {@code Authorization} header value and, if given, a {@code Last-Event-ID}. */
    static LiveStream open(int port, String path, @Nullable String authorization, @Nullable String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/event-stream");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        var stream = new LiveStream();
        HTTP.sendAsync(request.build(), info -> {
            stream.status.complete(info.statusCode());
            return HttpResponse.BodySubscribers.fromLineSubscriber(stream.new Lines());
        });
        return stream;
    }

    int status() {
        try {
            return status.get(WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("No response", e);
        }
    }

    /** The whole body so far, as sent. */
    String raw() {
        return raw.toString();
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    List<Event> events(String eventName) {
        return events.stream().filter(e -> e.name().equals(eventName)).toList();
    }

    int comments() {
        return comments.get();
    }

    /** Waits for the first event of that name that matches. */
    Event await(String eventName, Predicate<Event> matching) {
        return Awaitility.await()
                .atMost(WITHIN)
                .until(() -> find(eventName, matching), Optional::isPresent)
                .orElseThrow();
    }

    Event await(String eventName) {
        return await(eventName, event -> true);
    }

    Optional<Event> find(String eventName, Predicate<Event> matching) {
        return events.stream()
                .filter(e -> e.name().equals(eventName))
                .filter(matching)
                .findFirst();
    }

    /** The id of the newest event that had one: what a browser would send as {@code Last-Event-ID}. */
    @Nullable
    String lastEventId() {
        return events.stream()
                .map(Event::id)
                .filter(java.util.Objects::nonNull)
                .reduce((first, second) -> second)
                .orElse(null);
    }

    /** The body of a refused stream, as JSON. */
    JsonNode problem() {
        status();
        return Awaitility.await()
                .atMost(WITHIN)
                .until(() -> raw().isBlank() ? null : JSON.readTree(raw()), body -> body != null);
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
        } else if (line.startsWith(":")) {
            comments.incrementAndGet();
        } else {
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
    }

    private final class Lines implements Flow.Subscriber<String> {

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            LiveStream.this.subscription.complete(subscription);
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
