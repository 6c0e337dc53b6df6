package no.samarbeid.registry.entries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo data: 30 fictional, verified social entrepreneurs ({@code registry/demo-entries.json}; their organisation
 * numbers start with 1, which Enhetsregisteret never issues, and pass MOD11). Only with
 * {@code samarbeid.demo.enabled=true}; idempotent.
 */
@Component
@ConditionalOnBooleanProperty("samarbeid.demo.enabled")
class DemoEntries implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoEntries.class);

    private final EntryService entries;
    private final Entries stored;
    private final JsonMapper json;

    DemoEntries(EntryService entries, Entries stored, JsonMapper json) {
        this.entries = entries;
        this.stored = stored;
        this.json = json.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    record DemoFile(List<Registration> entries) {}

    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        for (Registration registration : load().entries()) {
            if (!stored.exists(registration.number().value())) {
                entries.register(registration, Actor.system("demo"));
                added++;
            }
        }
        LOG.info("Demo register: {} entries added", added);
    }

    private DemoFile load() {
        try (InputStream in = DemoEntries.class.getResourceAsStream("/registry/demo-entries.json")) {
            if (in == null) {
                throw new IllegalStateException("Missing /registry/demo-entries.json");
            }
            return json.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
