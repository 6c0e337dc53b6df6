package no.samarbeid.workshops.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pinned JSON contracts of the workshops module's events ({@code module-workshops/src/test/resources/contracts},
 * checked there by the contract tests), read from the source tree to compare what arrives on Kafka with them.
 */
final class PinnedContracts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DIRECTORY = locate();
    private static final Map<String, Set<String>> FIELDS = new ConcurrentHashMap<>();

    private PinnedContracts() {}

    /** The field names of a type's contract (e.g. {@code NotePosted.v1}), nested ones as {@code notes[].noteId}. */
    static Set<String> fields(String type) {
        return FIELDS.computeIfAbsent(type, key -> {
            Path file = DIRECTORY.resolve(key + ".json");
            if (!Files.isRegularFile(file)) {
                throw new AssertionError("No pinned contract " + file);
            }
            try {
                return fields(JSON.readTree(Files.readString(file)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The field names of a JSON object, nested ones of objects in arrays as {@code name[].field}. */
    static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        collect(node, "", names);
        return names;
    }

    private static void collect(JsonNode object, String prefix, Set<String> names) {
        for (var field : object.properties()) {
            String name = prefix + field.getKey();
            names.add(name);
            JsonNode value = field.getValue();
            if (value.isObject()) {
                collect(value, name + ".", names);
            } else if (value.isArray()) {
                for (JsonNode element : value) {
                    if (element.isObject()) {
                        collect(element, name + "[].", names);
                    }
                }
            }
        }
    }

    private static Path locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path contracts = dir.resolve("module-workshops/src/test/resources/contracts");
            if (Files.isDirectory(contracts)) {
                return contracts;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("module-workshops/src/test/resources/contracts not found above "
                + Path.of("").toAbsolutePath());
    }
}
