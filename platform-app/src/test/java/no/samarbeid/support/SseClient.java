package no.samarbeid.support;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A server-sent-events client as a browser's EventSource would be: connected with an {@code Authorization} header
 * and optionally a {@code Last-Event-ID}, it streams the body line by line on the HTTP client's threads, keeps every
 * raw line (to assert what never came) and collects the events it parses.
 */
public final class SseClient implements AutoCloseable {

    /** How long it waits for a response or an event. */
    public static final Duration WITHIN = Duration.ofSeconds(15);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One event: its id (null when it had none), name and data. */
    public record Event(@Nullable String id, String name, String data) {

        public JsonNode json() {
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

    private SseClient() {}

    /** Connects with an {@code Authorization} header value and, if given, a {@code Last-Event-ID}. */
    public static SseClient open(int port, String path, @Nullable String authorization, @Nullable String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/event-stream");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        var stream = new SseClient();
        HTTP.sendAsync(request.build(), info -> {
            stream.status.complete(info.statusCode());
            return HttpResponse.BodySubscribers.fromLineSubscriber(stream.new Lines());
        });
        return stream;
    }

    /** The response's status, once it came. */
    public int status() {
        try {
            return status.get(WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("Live stream did not answer", e);
        }
    }

    /** Waits for the response and then for the {@code ready} event: the stream is live from then on. */
    public SseClient live() {
        int code = status();
        if (code != 200) {
            throw new AssertionError("Live stream refused with " + code + ": " + raw());
        }
        await("ready");
        return this;
    }

    /** The whole body so far, as sent. */
    public String raw() {
        return raw.toString();
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    public List<Event> events(String eventName) {
        return events.stream().filter(e -> e.name().equals(eventName)).toList();
    }

    public List<String> names() {
        return events.stream().map(Event::name).toList();
    }

    /** How many comment lines (heartbeats) came. */
    public int comments() {
        return comments.get();
    }

    /** Waits for the first event of that name that matches. */
    public Event await(String eventName, Predicate<Event> matching) {
        return Awaitility.await()
                .atMost(WITHIN)
                .until(() -> find(eventName, matching), Optional::isPresent)
                .orElseThrow();
    }

    public Event await(String eventName) {
        return await(eventName, event -> true);
    }

    public Optional<Event> find(String eventName, Predicate<Event> matching) {
        return events.stream()
                .filter(e -> e.name().equals(eventName))
                .filter(matching)
                .findFirst();
    }

    /** The id of the newest event that had one: what a browser sends as {@code Last-Event-ID} on reconnecting. */
    public String lastEventId() {
        return events.stream()
                .map(Event::id)
                .filter(Objects::nonNull)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No event with an id yet: " + raw()));
    }

    /** The body of a refused stream, as JSON. */
    public JsonNode problem() {
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
            SseClient.this.subscription.complete(subscription);
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
