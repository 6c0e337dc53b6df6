package no.samarbeid.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import no.samarbeid.ApiClient;
import no.samarbeid.SamarbeidApplication;
import no.samarbeid.infra.stack.StackExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A benchmark, not a test: N tables with writers posting notes through the API during discussion, one peer per
 * table listening on the table's live stream. Reports notes/s, API and note-to-peer latency (p50/p99), next to raw
 * PostgreSQL insert and raw Kafka produce rates measured in the same run (the machine is shared and noisy, so only
 * ratios within one run mean something). See docs/benchmarks.md for the command and results.
 */
public final class NotesBenchmark {

    /** How long to wait after the last post for notes still on their way to a peer. */
    static final int DRAIN_SECONDS = 60;

    private NotesBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        StackExtension.ensureUp();
        System.out.printf(
                "Notes benchmark: %d tables x %d writers, %d s (after %d s warm-up)%n",
                options.tables(), options.writers(), options.seconds(), options.warmup());
        double postgres = RawBaselines.postgresInsertsPerSecond(Duration.ofSeconds(5));
        double kafka = RawBaselines.kafkaRecordsPerSecond(Duration.ofSeconds(5));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SamarbeidApplication.class)
                .run("--server.port=0", "--samarbeid.demo.enabled=true", "--logging.level.root=warn")) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            Result result = new Pipeline(new ApiClient(port), port, options).run();
            System.out.println();
            System.out.printf("raw PostgreSQL insert + commit, 1 connection: %,.0f rows/s%n", postgres);
            System.out.printf("raw Kafka produce, acks=all, 300 B:           %,.0f records/s%n", kafka);
            System.out.printf("pipeline (API -> PostgreSQL -> outbox -> Kafka -> live stream):%n");
            System.out.printf(
                    "  notes posted:      %,.0f notes/s (%d notes, %d failed)%n",
                    result.notesPerSecond(), result.posted(), result.failed());
            System.out.printf("  API round trip:    p50 %.1f ms, p99 %.1f ms%n", result.apiP50(), result.apiP99());
            System.out.printf(
                    "  note to peer:      p50 %.1f ms, p99 %.1f ms (%d of %d seen by a peer)%n",
                    result.peerP50(), result.peerP99(), result.seen(), result.posted(), DRAIN_SECONDS);
            System.out.printf(
                    "  ratio to raw PostgreSQL inserts: %.2f; to raw Kafka produce: %.4f%n",
                    result.notesPerSecond() / postgres, result.notesPerSecond() / kafka);
            System.out.printf("  against the target of 3 000 notes/s: %.0f %%%n", 100 * result.notesPerSecond() / 3000);
        }
        System.exit(0);
    }

    record Options(int tables, int writers, int seconds, int warmup) {
        static Options parse(String[] args) {
            Map<String, Integer> values =
                    new java.util.HashMap<>(Map.of("tables", 20, "writers", 4, "seconds", 20, "warmup", 5));
            for (String arg : args) {
                String[] pair = arg.replaceFirst("^--", "").split("=", 2);
                values.put(pair[0], Integer.parseInt(pair[1]));
            }
            return new Options(
                    values.get("tables"), values.get("writers"), values.get("seconds"), values.get("warmup"));
        }
    }

    record Result(
            long posted,
            long failed,
            double notesPerSecond,
            double apiP50,
            double apiP99,
            int seen,
            double peerP50,
            double peerP99) {}

    /** Drives one workshop with the options' tables through the real API and live streams. */
    static final class Pipeline {

        private final ApiClient api;
        private final int port;
        private final Options options;
        private final HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<Long> peerLatencies = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Long> apiLatencies = new ConcurrentLinkedQueue<>();

        Pipeline(ApiClient api, int port, Options options) {
            this.api = api;
            this.port = port;
            this.options = options;
        }

        Result run() throws Exception {
            String workshop = post(
                            "oslo-fasilitator",
                            "/api/workshops",
                            Map.of("title", "Benchmark", "date", LocalDate.now().toString()))
                    .path("id")
                    .asString();
            List<String> tables = new ArrayList<>();
            for (int i = 1; i <= options.tables(); i++) {
                JsonNode view =
                        post("oslo-fasilitator", "/api/workshops/" + workshop + "/tables", Map.of("name", "Bord " + i));
                tables.add(view.path("tables").get(i - 1).path("id").asString());
            }
            String code = api.get("oslo-fasilitator", "/api/workshops/" + workshop + "/join-code")
                    .body()
                    .path("joinCode")
                    .asString();
            post("oslo-fasilitator", "/api/workshops/" + workshop + "/start", Map.of());
            String base = "/api/workshops/" + workshop + "/facilitation/";
            post("oslo-fasilitator", base + "sheet", Map.of("sheetKey", "why-collaborate"));
            for (String phase : List.of("SILENT_WRITING", "REVEAL", "DISCUSSION")) {
                post("oslo-fasilitator", base + "phase", Map.of("phase", phase));
            }
            var pool = Executors.newCachedThreadPool();
            List<List<String>> writers = new ArrayList<>();
            CountDownLatch listening = new CountDownLatch(tables.size());
            for (String table : tables) {
                pool.submit(() -> listen(workshop, table, guest(code, table, "Lytter"), listening));
                List<String> tokens = new ArrayList<>();
                for (int w = 0; w < options.writers(); w++) {
                    tokens.add(guest(code, table, "Skriver " + w));
                }
                writers.add(tokens);
            }
            listening.await();
            AtomicLong posted = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            long warmupEnds =
                    System.nanoTime() + Duration.ofSeconds(options.warmup()).toNanos();
            long ends = warmupEnds + Duration.ofSeconds(options.seconds()).toNanos();
            AtomicInteger sequence = new AtomicInteger();
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (int t = 0; t < tables.size(); t++) {
                String table = tables.get(t);
                for (String token : writers.get(t)) {
                    running.add(pool.submit(() -> {
                        while (System.nanoTime() < ends) {
                            String text = "Notat " + sequence.incrementAndGet() + " fra benken";
                            long start = System.nanoTime();
                            boolean measured = start > warmupEnds;
                            sentAt.put(text, start);
                            int status = guestPost(
                                    token,
                                    "/api/workshops/" + workshop + "/tables/" + table + "/notes",
                                    "{\"sheetKey\":\"why-collaborate\",\"zoneKey\":\"central-question\",\"text\":\""
                                            + text + "\"}");
                            if (measured) {
                                (status == 201 || status == 200 ? posted : failed).incrementAndGet();
                                apiLatencies.add(System.nanoTime() - start);
                            } else {
                                sentAt.remove(text);
                            }
                        }
                        return null;
                    }));
                }
            }
            for (var future : running) {
                future.get();
            }
            long drained = System.nanoTime() + Duration.ofSeconds(DRAIN_SECONDS).toNanos();
            while (!sentAt.isEmpty() && System.nanoTime() < drained) {
                Thread.sleep(100);
            }
            pool.shutdownNow();
            List<Long> api = sorted(apiLatencies);
            List<Long> peer = sorted(peerLatencies);
            return new Result(
                    posted.get(),
                    failed.get(),
                    posted.get() / (double) options.seconds(),
                    percentile(api, 50),
                    percentile(api, 99),
                    peer.size(),
                    percentile(peer, 50),
                    percentile(peer, 99));
        }

        private void listen(String workshop, String table, String token, CountDownLatch listening) {
            var request = HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + port + "/api/workshops/" + workshop + "/tables/" + table + "/live"))
                    .header("Authorization", "Guest " + token)
                    .header("Accept", "text/event-stream")
                    .build();
            try {
                var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                listening.countDown();
                if (response.statusCode() != 200) {
                    System.err.println("Live stream of table " + table + " refused: " + response.statusCode());
                    return;
                }
                try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String line;
                    int shown = 0;
                    while ((line = lines.readLine()) != null) {
                        if (Boolean.getBoolean("bench.debug") && shown++ < 12) {
                            System.err.println("SSE " + line);
                        }
                        int at = line.indexOf("Notat ");
                        if (line.startsWith("data:") && at >= 0) {
                            String text = line.substring(at, line.indexOf(" fra benken", at) + " fra benken".length());
                            Long start = sentAt.remove(text);
                            if (start != null) {
                                peerLatencies.add(System.nanoTime() - start);
                            }
                        }
                    }
                }
            } catch (Exception e) {
                System.err.println("Live stream of table " + table + " failed: " + e);
                listening.countDown();
            }
        }

        private String guest(String code, String table, String name) {
            return post(
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

        private JsonNode post(String user, String path, Object body) {
            var response = api.send(user, "POST", path, body);
            if (response.status() >= 300) {
                throw new IllegalStateException(path + " answered " + response.status() + ": " + response.body());
            }
            return response.body();
        }
    }

    static List<Long> sorted(java.util.Collection<Long> values) {
        return values.stream().sorted().toList();
    }

    static double percentile(List<Long> sortedNanos, int percentile) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1_000_000.0;
    }
}
