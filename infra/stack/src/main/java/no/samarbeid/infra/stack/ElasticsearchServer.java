package no.samarbeid.infra.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A single-node Elasticsearch 8.19 from Maven Central jars, laid out by {@code infra/elasticsearch-node} (with the
 * {@code analysis-norwegian} plugin) and run by its {@code ElasticsearchNode} main class; closes cleanly on SIGTERM.
 */
public final class ElasticsearchServer implements Server {

    private static final Pattern USABLE = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow)\"");

    @Override
    public String name() {
        return "elasticsearch";
    }

    @Override
    public boolean healthy() {
        if (!Processes.listening(Ports.elasticsearch())) {
            return false;
        }
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/_cluster/health"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    && USABLE.matcher(response.body()).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public Process start(StackHome home) throws IOException {
        Path dist = home.dist(name());
        Path lib = dist.resolve("lib");
        if (!Files.isDirectory(lib)
                || !Files.isDirectory(dist.resolve("modules").resolve("transport-netty4"))) {
            throw new IOException("Elasticsearch is not laid out in " + dist
                    + ": build with ./mvnw -q install -DskipTests -pl infra/stack -am");
        }
        Path data = home.data(name());
        Path log = home.log(name());
        return Processes.launch(
                List.of(
                        Processes.java(),
                        "-Xms512m",
                        "-Xmx512m",
                        "-XX:MaxDirectMemorySize=256m",
                        "-XX:+UseG1GC",
                        "-XX:-OmitStackTraceInFastThrow",
                        "-Djava.awt.headless=true",
                        "-Dfile.encoding=UTF-8",
                        "-Djava.locale.providers=CLDR",
                        "-Dlog4j2.formatMsgNoLookups=true",
                        "-Dio.netty.noUnsafe=true",
                        "-Dio.netty.noKeySetOptimization=true",
                        "-Dio.netty.recycler.maxCapacityPerThread=0",
                        "-cp",
                        lib + "/*",
                        "no.samarbeid.infra.elasticsearch.ElasticsearchNode",
                        "-Epath.home=" + dist,
                        "-Epath.data=" + data,
                        "-Epath.logs=" + log.getParent(),
                        "-Ehttp.port=" + Ports.elasticsearch(),
                        "-Etransport.port=" + Ports.elasticsearchTransport()),
                data,
                log);
    }

    @Override
    public List<String> endpoints() {
        return List.of("Elasticsearch  " + url());
    }

    private static String url() {
        return "http://" + Ports.HOST + ":" + Ports.elasticsearch();
    }
}
