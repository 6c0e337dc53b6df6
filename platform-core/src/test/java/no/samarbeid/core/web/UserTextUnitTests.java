package no.samarbeid.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserTextUnitTests {

    @Test
    void removesBidiOverridesAndIsolates() {
        assertThat(UserText.clean("Kari \u202Egnirts\u202C \u2066x\u2069 \u202A\u202B\u202D\u2067\u2068"))
                .isEqualTo("Kari gnirts x ");
    }

    @Test
    void removesControlCharactersButKeepsLineBreaksAndTabs() {
        assertThat(UserText.clean("a\u0000b\u0007c\u001Bd\u007Fe\u0085f\tg\r\nh\ri\nj"))
                .isEqualTo("abcdef\tg\nh\ni\nj");
    }

    @Test
    void leavesOrdinaryNorwegianAndOtherScriptsAlone() {
        String text = "Blåbær og ærfugl: «møteplass» – سلام 😀";
        assertThat(UserText.clean(text)).isSameAs(text);
    }

    @Test
    void aLineHasNoBreaksAndNoSurroundingSpace() {
        assertThat(UserText.line("  Bord\n1\t\u202E ")).isEqualTo("Bord 1");
    }
}
