package no.samarbeid.workshops.sheets.reflection;

import static no.samarbeid.workshops.sheets.SheetFixtures.NOW;
import static no.samarbeid.workshops.sheets.SheetFixtures.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.samarbeid.workshops.events.ReflectionAnswered;
import org.junit.jupiter.api.Test;

class ReflectionUnitTests {

    private static final Set<String> QUESTIONS =
            Set.of("challenges-and-opportunities", "low-hanging-fruit", "collaboration-areas", "next-steps");

    @Test
    void answersReplaceEarlierOnesAndBlankAnswersAreLeftOut() {
        Reflection reflection = Reflection.of(TABLE, NOW);
        reflection.answer(
                TABLE,
                Map.of("low-hanging-fruit", " Kaffe på biblioteket ", "next-steps", "Møte i januar"),
                QUESTIONS,
                NOW);

        Map<String, String> next = new HashMap<>();
        next.put("low-hanging-fruit", "  ");
        next.put("next-steps", null);
        next.put("collaboration-areas", "Oppvekst");
        reflection.answer(TABLE, next, QUESTIONS, NOW);

        assertThat(reflection.answerTo("collaboration-areas")).isEqualTo("Oppvekst");
        assertThat(reflection.answerTo("low-hanging-fruit")).isEmpty();
        assertThat(reflection.answerTo("next-steps")).isEmpty();
        assertThat(reflection.registeredEvents())
                .last()
                .isInstanceOfSatisfying(
                        ReflectionAnswered.class,
                        event -> assertThat(event.answers())
                                .containsExactly(new ReflectionAnswered.Answer("collaboration-areas", "Oppvekst")));
    }

    @Test
    void refusesUnknownQuestionsAndTooLongAnswersWithoutChangingAnything() {
        Reflection reflection = Reflection.of(TABLE, NOW);
        reflection.answer(TABLE, Map.of("next-steps", "Møte i januar"), QUESTIONS, NOW);

        assertThatThrownBy(() -> reflection.answer(TABLE, Map.of("why", "Fordi"), QUESTIONS, NOW))
                .hasMessage("sheets.reflection-question");
        assertThatThrownBy(() -> reflection.answer(TABLE, Map.of("next-steps", "x".repeat(2001)), QUESTIONS, NOW))
                .hasMessage("sheets.reflection-answer");
        assertThat(reflection.answerTo("next-steps")).isEqualTo("Møte i januar");
    }
}
