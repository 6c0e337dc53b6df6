package no.samarbeid.registry.entries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class ProfileInputUnitTests {

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    @Test
    void aListGivenAsOneTextIsRefusedEvenByALenientMapper() {
        assertThatThrownBy(() -> LENIENT.readValue("{\"services\": \"not-a-list\"}", ProfileInput.class))
                .isInstanceOf(JacksonException.class);
        assertThat(LENIENT.readValue("{\"services\": [\"Arbeidstrening\"]}", ProfileInput.class)
                        .services())
                .containsExactly("Arbeidstrening");
    }

    @Test
    void missingFieldsAreAbsent() {
        ProfileInput input = LENIENT.readValue("{}", ProfileInput.class);
        assertThat(input.reachNational()).isNull();
        assertThat(input.themes()).isNull();
    }
}
