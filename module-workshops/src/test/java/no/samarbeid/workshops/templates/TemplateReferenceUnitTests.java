package no.samarbeid.workshops.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import no.samarbeid.core.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateReferenceUnitTests {

    private final UUID id = UUID.fromString("3f1b6a52-8c0d-4f7e-9a21-5b6c7d8e9f01");

    @Test
    void readsAndWritesEditionsAndVariants() {
        assertThat(TemplateReference.parse("veier-til-samarbeid:2017"))
                .isEqualTo(new TemplateReference.Edition("veier-til-samarbeid", "2017"));
        assertThat(TemplateReference.parse("variant:" + id + ":3")).isEqualTo(new TemplateReference.Variant(id, 3));
        assertThat(TemplateReference.parse("variant:" + id)).isEqualTo(new TemplateReference.Variant(id, null));
        assertThat(new TemplateReference.Variant(id, 3).value()).isEqualTo("variant:" + id + ":3");
        assertThat(new TemplateReference.Edition("veier-til-samarbeid", "2017").value())
                .isEqualTo("veier-til-samarbeid:2017");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "veier-til-samarbeid", "a:b:c", "variant:not-a-uuid:1", "Veier:2017", "variant:1"})
    void refusesMalformedReferences(String text) {
        assertThatThrownBy(() -> TemplateReference.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("template.reference");
    }

    @Test
    void refusesVersionZeroOfAVariant() {
        assertThatThrownBy(() -> TemplateReference.parse("variant:" + id + ":0"))
                .hasMessage("template.reference");
    }
}
