package no.samarbeid.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.samarbeid.core.events.CloudEventListeners;
import no.samarbeid.infra.stack.KafkaTopics;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.modulith.events.Externalized;
import org.yaml.snakeyaml.Yaml;

/**
 * The production manifests in {@code infra/deploy} stay consistent with the app: the Kubernetes Deployment and the
 * compose file set every variable the app needs outside the {@code dev} profile (the secrets of {@link
 * RequiredSecrets}, read here from its own list, and every address that {@code application.yml} points at the local
 * stack), secrets only from secrets; every image is pinned by version, the backing services to the versions the
 * build tests against; and Kafka gets the stack's topics, never created on first use. (In this package to read
 * {@code RequiredSecrets}' list.)
 */
class DeployManifestsUnitTests {

    private static final Path DEPLOY = Path.of("..", "infra", "deploy");
    private static final Pattern PINNED = Pattern.compile("[^\\s:@]+(:[0-9]+(\\.[0-9]+)+[^\\s]*)");

    @Test
    void kubernetesGivesTheAppEveryVariableItNeedsAndSecretsOnlyFromASecret() throws IOException {
        List<Map<String, Object>> documents = kubernetes();
        Map<String, Object> container = first(
                list(path(find(documents, "Deployment", "samarbeid-app"), "spec", "template", "spec", "containers")));
        Map<String, String> configMap = strings(path(find(documents, "ConfigMap", "samarbeid-app"), "data"));
        Map<String, Object> env = new LinkedHashMap<>();
        list(container.get("env")).forEach(entry -> env.put((String) map(entry).get("name"), entry));
        assertThat(list(container.get("envFrom")))
                .extracting(from -> path(map(from), "configMapRef", "name"))
                .containsExactly("samarbeid-app");

        Set<String> given = new LinkedHashSet<>(configMap.keySet());
        given.addAll(env.keySet());
        assertThat(given).containsAll(requiredVariables());
        RequiredSecrets.SECRETS.forEach(secret -> assertThat(
                        path(map(env.get(secret.variable())), "valueFrom", "secretKeyRef"))
                .as(secret.variable())
                .isEqualTo(Map.of("name", "samarbeid-app", "key", secret.variable())));
        assertThat(configMap.values()).noneMatch(value -> value.contains("127.0.0.1") || value.contains("localhost"));
    }

    @Test
    void theAppIsProbedOnTheActuatorLimitedKeptAvailableAndScaledOut() throws IOException {
        List<Map<String, Object>> documents = kubernetes();
        Map<String, Object> container = first(
                list(path(find(documents, "Deployment", "samarbeid-app"), "spec", "template", "spec", "containers")));

        assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat(map(path(container, "resources", "requests"))).containsKeys("cpu", "memory");
        assertThat(map(path(container, "resources", "limits"))).containsKey("memory");
        assertThat(path(find(documents, "PodDisruptionBudget", "samarbeid-app"), "spec", "selector", "matchLabels"))
                .isEqualTo(Map.of("app", "samarbeid-app"));
        Map<String, Object> autoscaler = find(documents, "HorizontalPodAutoscaler", "samarbeid-app");
        assertThat(path(autoscaler, "spec", "scaleTargetRef", "name")).isEqualTo("samarbeid-app");
        assertThat((Integer) path(autoscaler, "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void composeGivesTheAppEveryVariableItNeedsAndRefusesToStartWithoutASecret() throws IOException {
        Map<String, Object> app = map(path(compose(), "services", "app"));
        Map<String, String> environment = strings(app.get("environment"));

        assertThat(environment.keySet()).containsAll(requiredVariables());
        RequiredSecrets.SECRETS.forEach(secret -> assertThat(environment.get(secret.variable()))
                .as(secret.variable())
                .startsWith("${" + secret.variable() + ":?"));
        assertThat(environment.values()).noneMatch(value -> value.contains("127.0.0.1") || value.contains("localhost"));
    }

    @Test
    void everyImageIsPinnedByVersionAndTheBackingServicesToTheTestedVersions() throws IOException {
        List<String> images = new ArrayList<>();
        kubernetes().forEach(document -> collectImages(document, images));
        map(compose().get("services"))
                .values()
                .forEach(service -> images.add((String) map(service).get("image")));
        Files.readAllLines(DEPLOY.resolve("Dockerfile")).stream()
                .filter(line -> line.startsWith("FROM "))
                .forEach(line -> images.add(line.split("\\s+")[1]));

        assertThat(images)
                .hasSizeGreaterThan(10)
                .allSatisfy(image -> assertThat(image).matches(PINNED).doesNotContain(":latest"));
        String infra = Files.readString(Path.of("..", "infra", "pom.xml"));
        assertThat(images)
                .contains(
                        "docker.elastic.co/elasticsearch/elasticsearch:" + property(infra, "elasticsearch.version"),
                        "quay.io/keycloak/keycloak:" + property(infra, "keycloak.version"),
                        "apache/kafka:" + property(infra, "kafka.version"),
                        "postgres:"
                                + property(infra, "postgres-binaries.version").replaceFirst("\\.0$", ""))
                .anyMatch(image -> image.startsWith("eclipse-temurin:17."));
        assertThat(property(infra, "elasticsearch.version")).startsWith("8.19.");
        assertThat(property(infra, "keycloak.version")).startsWith("26.5.");
    }

    @Test
    void kafkaCreatesTheStacksTopicsAndNoneOnFirstUse() throws IOException {
        Map<String, String[]> script = new LinkedHashMap<>();
        Files.readAllLines(DEPLOY.resolve("kubernetes/kafka/create-topics.sh")).stream()
                .filter(line -> line.startsWith("topic "))
                .map(line -> line.split(" "))
                .forEach(words -> script.put(words[1], words));
        List<KafkaTopics.Topic> declared = KafkaTopics.all(12, (short) 3, 2);

        assertThat(script.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        declared.stream().map(KafkaTopics.Topic::name).toList());
        declared.forEach(topic -> {
            String[] words = script.get(topic.name());
            assertThat(words[2]).as(topic.name()).isEqualTo(topic.configs().get("retention.ms"));
            assertThat(words.length > 3 ? Integer.parseInt(words[3]) : 12)
                    .as(topic.name())
                    .isEqualTo(topic.partitions());
        });
        List<Map<String, Object>> documents = kubernetes();
        Map<String, String> job = env(
                first(list(path(find(documents, "Job", "kafka-topics"), "spec", "template", "spec", "containers"))));
        assertThat(job)
                .containsEntry("PARTITIONS", "12")
                .containsEntry("REPLICATION", "3")
                .containsEntry("MIN_ISR", "2");
        Map<String, String> broker = env(
                first(list(path(find(documents, "StatefulSet", "kafka"), "spec", "template", "spec", "containers"))));
        assertThat(broker).containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        assertThat(strings(path(compose(), "services", "kafka", "environment")))
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    }

    @Test
    void everyTopicTheCodeUsesIsCreatedWithTheDeadLetterTopicsOfItsConsumerGroups() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.samarbeid");
        Set<String> published = new TreeSet<>();
        Set<String> consumed = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        classes.forEach(type -> {
            type.tryGetAnnotationOfType(Externalized.class)
                    .ifPresent(
                            externalized -> published.add(externalized.value().split("::")[0]));
            type.getMethods()
                    .forEach(method -> method.tryGetAnnotationOfType(KafkaListener.class)
                            .filter(listener ->
                                    CloudEventListeners.CONTAINER_FACTORY.equals(listener.containerFactory()))
                            .ifPresent(listener -> {
                                String group = listener.groupId().replaceFirst("^\\$\\{[^:}]+:([^}]*)}$", "$1");
                                for (String topic : listener.topics()) {
                                    consumed.add(topic);
                                    deadLetters.add(CloudEventListeners.deadLetterTopic(topic, group));
                                }
                            }));
        });

        assertThat(published).contains("samarbeid.workshops", "samarbeid.impact");
        assertThat(KafkaTopics.EVENT_TOPICS).containsAll(published).containsAll(consumed);
        assertThat(deadLetters).contains("samarbeid.workshops.reporting.dlt");
        assertThat(KafkaTopics.DEAD_LETTER_TOPICS)
                .as("a new consumer group needs its dead-letter topics in KafkaTopics and create-topics.sh")
                .containsExactlyInAnyOrderElementsOf(deadLetters);
    }

    /**
     * The app's secrets, and every property {@code application.yml} points at the local stack on 127.0.0.1, as the
     * environment variable Spring Boot binds to it (e.g. {@code SPRING_KAFKA_BOOTSTRAPSERVERS}).
     */
    private static Set<String> requiredVariables() throws IOException {
        Set<String> required = new LinkedHashSet<>();
        RequiredSecrets.SECRETS.forEach(secret -> required.add(secret.variable()));
        try (InputStream in = DeployManifestsUnitTests.class.getResourceAsStream("/application.yml")) {
            Map<String, String> flat = new LinkedHashMap<>();
            flatten("", map(new Yaml().load(in)), flat);
            flat.forEach((property, value) -> {
                if (value.contains("127.0.0.1")) {
                    required.add(property.toUpperCase().replace('.', '_').replace("-", ""));
                }
            });
        }
        assertThat(required)
                .as("derived from application.yml")
                .contains("SPRING_DATASOURCE_URL", "SPRING_KAFKA_BOOTSTRAPSERVERS", "SERVER_ADDRESS");
        return required;
    }

    private static void flatten(String prefix, Map<String, Object> node, Map<String, String> flat) {
        node.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?>) {
                flatten(name, map(value), flat);
            } else {
                flat.put(name, String.valueOf(value));
            }
        });
    }

    private static List<Map<String, Object>> kubernetes() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("kubernetes"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    new Yaml().loadAll(reader).forEach(document -> {
                        if (document != null) {
                            documents.add(map(document));
                        }
                    });
                }
            }
        }
        return documents;
    }

    private static Map<String, Object> compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(DEPLOY.resolve("compose.yaml"))) {
            return map(new Yaml().load(reader));
        }
    }

    private static Map<String, Object> find(List<Map<String, Object>> documents, String kind, String name) {
        return documents.stream()
                .filter(document ->
                        kind.equals(document.get("kind")) && name.equals(path(document, "metadata", "name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " " + name + " in " + DEPLOY));
    }

    private static void collectImages(Object node, List<String> images) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("image".equals(key) && value instanceof String image) {
                    images.add(image);
                } else {
                    collectImages(value, images);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectImages(item, images));
        }
    }

    private static Map<String, String> env(Map<String, Object> container) {
        Map<String, String> env = new LinkedHashMap<>();
        list(container.get("env")).forEach(entry -> {
            Object value = map(entry).get("value");
            env.put((String) map(entry).get("name"), value == null ? null : String.valueOf(value));
        });
        return env;
    }

    private static String property(String pom, String name) {
        Matcher matcher =
                Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)<").matcher(pom);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }

    private static Object path(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            current = current == null ? null : map(current).get(key);
        }
        return current;
    }

    private static Map<String, String> strings(Object node) {
        Map<String, String> strings = new LinkedHashMap<>();
        map(node).forEach((key, value) -> strings.put(key, String.valueOf(value)));
        return strings;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        return node == null ? List.of() : (List<Object>) node;
    }

    private static Map<String, Object> first(List<Object> list) {
        return map(list.get(0));
    }
}
