package no.samarbeid.registry.entries;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class RegistrationJsonUnitTests {

    @Test
    void aProfileGivenAsTextIsRefused() {
        JsonMapper json = JsonMapper.builder().build();
        assertThatThrownBy(() -> json.readValue("{\"profile\": \"not-an-object\"}", Registration.class))
                .isInstanceOf(JacksonException.class);
    }
}
