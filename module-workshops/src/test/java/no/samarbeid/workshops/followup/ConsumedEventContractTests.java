package no.samarbeid.workshops.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The workshops read impact's pinned {@code NextStepUpdated.v1} (by relative path, no jar of impact's) as their own. */
class ConsumedEventContractTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void nextStepUpdated() throws IOException {
        String pinned = Files.readString(
                Path.of("..", "module-impact", "src/test/resources/contracts", "NextStepUpdated.v1.json"));
        StepUpdated step = JSON.readValue(pinned, StepUpdated.class);
        assertThat(step.tenantId()).isEqualTo(UUID.fromString("0a3c4e5f-1111-4222-8333-944455566677"));
        assertThat(step.nextStepId()).isEqualTo(UUID.fromString("f0e1d2c3-b4a5-4968-8776-655443322110"));
        assertThat(step.workshopId()).isEqualTo(UUID.fromString("b7e2d6a4-3c1f-4e8d-9f0a-1b2c3d4e5f60"));
        assertThat(step.text()).isEqualTo("Invitere Kaffebrenneriet til møte");
        assertThat(step.dueDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(step.status()).isEqualTo("OPEN");
        assertThat(step.occurredAt()).isEqualTo(Instant.parse("2026-11-27T10:15:30Z"));
        assertThat(StepUpdated.TYPE).isEqualTo("no.samarbeid.impact.NextStepUpdated.v1");
    }
}
