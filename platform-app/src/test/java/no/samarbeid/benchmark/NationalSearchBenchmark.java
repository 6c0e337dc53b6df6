package no.samarbeid.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.infra.stack.DemoTokens;
import no.samarbeid.infra.stack.Ports;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A benchmark, not a test (its name does not match the build's {@code *Tests} pattern, so {@code ./mvnw verify} never
 * runs it): how long a revealed note takes to become nationally searchable under load. Guests at N tables of a
 * shared Oslo workshop in discussion (so every note is revealed when posted) post notes through the API; every k-th
 * note is followed by polling the coordinator's national search for its unique word every 100 ms (configurable), from the start of
 * its POST until the search finds it. In the same run, with the same 100 ms polling, it measures the raw parts of
 * that path: Kafka produce to consume, and Elasticsearch index to searchable. It also notes when each followed note's
 * event arrives on {@code samarbeid.workshops}, to tell the outbox's share from reporting's. Prints p50/p95/p99 and
 * the ratios.
 * Command and results: docs/benchmarks.md.
 */
@IntegrationTest
class NationalSearchBenchmark {

    /** How often a followed note is searched for ({@code -Dbench.poll-ms}); each search also costs the node work. */
    static final Duration POLL = Duration.ofMillis(Integer.getInteger("bench.poll-ms", 100));

    static final Duration GIVE_UP = Duration.ofSeconds(60);
    static final double TARGET_P95_MS = 2000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void revealedNoteToNationallySearchable() throws Exception {
        int tables = Integer.getInteger("bench.tables", 10);
        int writers = Integer.getInteger("bench.writers", 2);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmup = Integer.getInteger("bench.warmup", 5);
        int every = Integer.getInteger("bench.every", 10);
        int rawSamples = Integer.getInteger("bench.raw-samples", 100);
        System.out.printf(
                "National search benchmark: %d tables x %d writers, %d s after %d s warm-up, every %d. note followed%n",
                tables, writers, seconds, warmup, every);

        List<Long> kafka = RawBaselines.kafkaProduceToConsumeNanos(rawSamples);
        List<Long> elasticsearch = RawBaselines.elasticsearchIndexToSearchableNanos(rawSamples / 4, POLL);

        var api = new ApiClient(port);
        api.put("oslo-admin", "/api/municipality/sharing", Map.of("sharesNationally", true));
        String workshop = post(
                        api,
                        "oslo-fasilitator",
                        "/api/workshops",
                        Map.of(
                                "title",
                                "Benchmark nasjonalt søk",
                                "date",
                                LocalDate.now().toString()))
                .path("id")
                .asString();
        api.put("oslo-admin", "/api/workshops/" + workshop + "/sharing", Map.of("shared", true));
        List<String> tableIds = new ArrayList<>();
        for (int i = 1; i <= tables; i++) {
            JsonNode view = post(
                    api, "oslo-fasilitator", "/api/workshops/" + workshop + "/tables", Map.of("name", "Bord " + i));
            tableIds.add(view.path("tables").get(i - 1).path("id").asString());
        }
        String code = api.get("oslo-fasilitator", "/api/workshops/" + workshop + "/join-code")
                .body()
                .path("joinCode")
                .asString();
        post(api, "oslo-fasilitator", "/api/workshops/" + workshop + "/start", Map.of());
        String facilitation = "/api/workshops/" + workshop + "/facilitation/";
        post(api, "oslo-fasilitator", facilitation + "sheet", Map.of("sheetKey", "why-collaborate"));
        for (String phase : List.of("SILENT_WRITING", "REVEAL", "DISCUSSION")) {
            post(api, "oslo-fasilitator", facilitation + "phase", Map.of("phase", phase));
        }

        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Map<String, Long> onKafka = new ConcurrentHashMap<>();
        ExecutorService watching = Executors.newSingleThreadExecutor();
        Future<?> watcher = watching.submit(() -> watchTopic("benk" + run + "n", onKafka));
        // A freshly started app may wait for the broker to drop the previous run's consumer before it gets its
        // partitions: one note must be searchable before the load starts.
        long probeStart = System.nanoTime();
        String probe = guest(api, code, tableIds.get(0), "Prøve");
        guestPost(
                probe,
                "/api/workshops/" + workshop + "/tables/" + tableIds.get(0) + "/notes",
                "{\"sheetKey\":\"why-collaborate\",\"zoneKey\":\"central-question\",\"text\":\"Notat benk" + run
                        + "klar\"}");
        ConcurrentLinkedQueue<Long> ready = new ConcurrentLinkedQueue<>();
        follow("benk" + run + "klar", probeStart, ready, new AtomicLong(), Duration.ofMinutes(3));
        if (ready.isEmpty()) {
            throw new IllegalStateException("The first note never became nationally searchable");
        }
        System.out.printf("pipeline ready: the first note was searchable after %.1f s%n", ready.peek() / 1e9);
        ExecutorService writing = Executors.newCachedThreadPool();
        ExecutorService following = Executors.newFixedThreadPool(64);
        ConcurrentLinkedQueue<Long> searchable = new ConcurrentLinkedQueue<>();
        Map<String, Long> followedSince = new ConcurrentHashMap<>();
        AtomicLong posted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong lost = new AtomicLong();
        AtomicInteger sequence = new AtomicInteger();
        long measuredFrom = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long ends = measuredFrom + Duration.ofSeconds(seconds).toNanos();
        List<Future<?>> running = new ArrayList<>();
        ConcurrentLinkedQueue<Future<?>> follows = new ConcurrentLinkedQueue<>();
        for (String table : tableIds) {
            for (int w = 0; w < writers; w++) {
                String guest = guest(api, code, table, "Skriver " + w);
                running.add(writing.submit(() -> {
                    while (System.nanoTime() < ends) {
                        int n = sequence.incrementAndGet();
                        String word = "benk" + run + "n" + n;
                        long start = System.nanoTime();
                        int status = guestPost(
                                guest,
                                "/api/workshops/" + workshop + "/tables/" + table + "/notes",
                                "{\"sheetKey\":\"why-collaborate\",\"zoneKey\":\"central-question\",\"text\":\"Notat "
                                        + word + " fra benken\"}");
                        boolean ok = status == 200 || status == 201;
                        if (start > measuredFrom) {
                            (ok ? posted : failed).incrementAndGet();
                            if (ok && n % every == 0) {
                                followedSince.put(word, start);
                                follows.add(following.submit(() -> follow(word, start, searchable, lost, GIVE_UP)));
                            }
                        }
                    }
                    return null;
                }));
            }
        }
        for (Future<?> writer : running) {
            writer.get();
        }
        writing.shutdown();
        for (Future<?> follow : follows) {
            follow.get();
        }
        following.shutdown();
        following.awaitTermination(1, TimeUnit.MINUTES);
        watcher.cancel(true);
        watching.shutdownNow();
        List<Long> toKafka = NotesBenchmark.sorted(followedSince.entrySet().stream()
                .filter(e -> onKafka.containsKey(e.getKey()))
                .map(e -> onKafka.get(e.getKey()) - e.getValue())
                .toList());

        List<Long> pipeline = NotesBenchmark.sorted(searchable);
        double p95 = NotesBenchmark.percentile(pipeline, 95);
        double kafkaP95 = NotesBenchmark.percentile(kafka, 95);
        double elasticsearchP95 = NotesBenchmark.percentile(elasticsearch, 95);
        System.out.println();
        System.out.printf(
                "raw Kafka produce -> consume (acks=all, %d records): p50 %.1f ms, p95 %.1f ms%n",
                kafka.size(), NotesBenchmark.percentile(kafka, 50), kafkaP95);
        System.out.printf(
                "raw Elasticsearch index -> searchable (polled every %d ms, %d docs): p50 %.1f ms, p95 %.1f ms%n",
                POLL.toMillis(), elasticsearch.size(), NotesBenchmark.percentile(elasticsearch, 50), elasticsearchP95);
        System.out.printf(
                "load: %,.0f notes/s posted through the API (%d notes, %d failed)%n",
                posted.get() / (double) seconds, posted.get(), failed.get());
        System.out.printf(
                "revealed note -> national search (polled every %d ms, %d followed, %d not found within %d s):"
                        + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                POLL.toMillis(),
                pipeline.size(),
                lost.get(),
                GIVE_UP.toSeconds(),
                NotesBenchmark.percentile(pipeline, 50),
                p95,
                NotesBenchmark.percentile(pipeline, 99));
        System.out.printf(
                "  of which POST -> NotePosted on samarbeid.workshops (%d seen): p50 %.1f ms, p95 %.1f ms%n",
                toKafka.size(), NotesBenchmark.percentile(toKafka, 50), NotesBenchmark.percentile(toKafka, 95));
        System.out.printf(
                "ratio of p95 to raw Kafka produce -> consume p95: %.0f; to raw Elasticsearch index -> searchable p95:"
                        + " %.1f%n",
                p95 / kafkaP95, p95 / elasticsearchP95);
        System.out.printf("target p95 < %.0f ms: %s%n", TARGET_P95_MS, p95 < TARGET_P95_MS ? "met" : "NOT met");
    }

    /** Records when each note whose text holds a word with {@code prefix} arrives on {@code samarbeid.workshops}. */
    private static Void watchTopic(String prefix, Map<String, Long> arrivals) {
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + Ports.kafka(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor("samarbeid.workshops").stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (!Thread.currentThread().isInterrupted()) {
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    String value = new String(record.value(), StandardCharsets.UTF_8);
                    int at = value.indexOf(prefix);
                    if (at >= 0) {
                        int end = at + prefix.length();
                        while (end < value.length() && Character.isDigit(value.charAt(end))) {
                            end++;
                        }
                        arrivals.putIfAbsent(value.substring(at, end), System.nanoTime());
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** Polls national search for the word until a hit, and records the time from the note's POST. */
    private void follow(
            String word, long postedAt, ConcurrentLinkedQueue<Long> searchable, AtomicLong lost, Duration patience) {
        long giveUp = postedAt + patience.toNanos();
        String path = "/api/national/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
        try {
            while (System.nanoTime() < giveUp) {
                long polledAt = System.nanoTime();
                if (found(path)) {
                    searchable.add(System.nanoTime() - postedAt);
                    return;
                }
                long wait = POLL.toNanos() - (System.nanoTime() - polledAt);
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            lost.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            lost.incrementAndGet();
        }
    }

    private boolean found(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + DemoTokens.accessToken("koordinator"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200
                && JSON.readTree(response.body()).path("total").asLong() > 0;
    }

    private static String guest(ApiClient api, String code, String table, String name) {
        return post(
                        api,
                        null,
                        "/api/guest/join",
                        Map.of("code", code, "displayName", name, "perspective", "OTHER", "tableId", table))
                .path("sessionToken")
                .asString();
    }

    private int guestPost(String token, String path, String json) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .header("Authorization", "Guest " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(json))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    private static JsonNode post(ApiClient api, String user, String path, Object body) {
        var response = api.send(user, "POST", path, body);
        if (response.status() >= 300) {
            throw new IllegalStateException(path + " answered " + response.status() + ": " + response.body());
        }
        return response.body();
    }
}
