package no.samarbeid.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Proves that each server of the stack is the real thing, not a stand-in. */
@ExtendWith(StackExtension.class)
class StackSmokeTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void postgresRoundTripsRowsThroughSql() throws Exception {
        Properties app = new Properties();
        app.setProperty("user", "samarbeid_app");
        app.setProperty("password", "samarbeid_app");
        String url = "jdbc:postgresql://127.0.0.1:%d/samarbeid".formatted(Ports.postgres());
        try (var connection = DriverManager.getConnection(url, app);
                var statement = connection.createStatement()) {
            statement.execute("create temporary table smoke (id int primary key, text varchar(100))");
            statement.execute("insert into smoke values (1, 'Veier til samarbeid')");
            try (var rows = statement.executeQuery("select text, current_user, version() from smoke where id = 1")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Veier til samarbeid");
                assertThat(rows.getString(2)).isEqualTo("samarbeid_app");
                assertThat(rows.getString(3)).startsWith("PostgreSQL");
            }
        }
    }

    @Test
    void kafkaDeliversWhatIsProduced() throws Exception {
        String topic = "smoke-" + UUID.randomUUID();
        String bootstrap = "127.0.0.1:" + Ports.kafka();
        try (Admin admin =
                Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // The broker creates no topic on first use.
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, "0301", "hei fra Oslo")).get();
        }
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> received = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
            assertThat(received).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("0301");
                assertThat(record.value()).isEqualTo("hei fra Oslo");
            });
        }
    }

    @Test
    void elasticsearchFindsInflectedNorwegianWithTheNorwegianAnalyzer() throws Exception {
        String index = "smoke-" + UUID.randomUUID();
        String base = "http://127.0.0.1:" + Ports.elasticsearch() + "/" + index;
        assertThat(send("PUT", base, """
                {"mappings": {"properties": {"title": {"type": "text", "analyzer": "norwegian"}}}}""").statusCode()).isEqualTo(200);
        send("PUT", base + "/_doc/1?refresh=true", """
                {"title": "Samarbeid om arbeidstrening"}""");

        JsonNode hits =
                JSON.readTree(send("POST", base + "/_search", """
                        {"query": {"match": {"title": "samarbeide"}}}""").body()).path("hits");
        send("DELETE", base, null);

        assertThat(hits.path("total").path("value").asInt()).isEqualTo(1);
        assertThat(hits.path("hits").get(0).path("_source").path("title").asText())
                .isEqualTo("Samarbeid om arbeidstrening");
    }

    @Test
    void keycloakIssuesTokensThatVerifyAgainstItsPublishedKeys() throws Exception {
        String realm = "http://127.0.0.1:" + Ports.keycloak() + "/realms/samarbeid";
        String form = "grant_type=password&client_id=samarbeid-cli&username=oslo-fasilitator&password="
                + URLEncoder.encode("demo", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String token = JSON.readTree(response.body()).path("access_token").asText();

        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                JWSAlgorithm.RS256,
                JWKSourceBuilder.create(URI.create(realm + "/protocol/openid-connect/certs")
                                .toURL())
                        .build()));
        JWTClaimsSet claims = processor.process(token, null);

        assertThat(claims.getIssuer()).isEqualTo(realm);
        assertThat(claims.getStringListClaim("organization")).containsExactly("0301");
        assertThat(claims.getStringListClaim("roles")).contains("FACILITATOR");
    }

    private HttpResponse<String> send(String method, String url, String body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
