package no.samarbeid.workshops.sheets.effects;

import static no.samarbeid.workshops.sheets.SheetFixtures.NOW;
import static no.samarbeid.workshops.sheets.SheetFixtures.OTHER_TABLE;
import static no.samarbeid.workshops.sheets.SheetFixtures.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.samarbeid.workshops.events.MeasureProposed;
import org.junit.jupiter.api.Test;

class MeasureUnitTests {

    private final Effect effect = EffectFixtures.effect(TABLE);
    private final Effect another = EffectFixtures.effect(TABLE);

    @Test
    void aMeasureIsLinkedToEffectsOfItsTableAndPublished() {
        Measure measure = Measure.propose(
                TABLE,
                new MeasureDetails(" Sykefravær ", "Fra HR-systemet", Set.of(effect.id(), another.id())),
                List.of(effect, another),
                NOW);

        assertThat(measure.view().effectIds()).containsExactlyInAnyOrder(effect.id(), another.id());
        assertThat(measure.registeredEvents()).singleElement().isInstanceOfSatisfying(MeasureProposed.class, event -> {
            assertThat(event.what()).isEqualTo("Sykefravær");
            assertThat(event.how()).isEqualTo("Fra HR-systemet");
            assertThat(event.effectIds()).isSorted().containsExactlyInAnyOrder(effect.id(), another.id());
        });
    }

    @Test
    void refusesEffectsThatAreUnknownOrOfAnotherTable() {
        Effect elsewhere = EffectFixtures.effect(OTHER_TABLE);

        assertThatThrownBy(() -> Measure.propose(
                        TABLE, new MeasureDetails("Sykefravær", "", Set.of(elsewhere.id())), List.of(elsewhere), NOW))
                .hasMessage("sheets.measure-effect");
        assertThatThrownBy(() -> Measure.propose(
                        TABLE, new MeasureDetails("Sykefravær", "", Set.of(UUID.randomUUID())), List.of(), NOW))
                .hasMessage("sheets.measure-effect");
    }

    @Test
    void aRevisionRelinksTheEffects() {
        Measure measure =
                Measure.propose(TABLE, new MeasureDetails("Sykefravær", "", Set.of(effect.id())), List.of(effect), NOW);

        measure.revise(
                TABLE, new MeasureDetails("Sykefravær", "Månedlig", Set.of(another.id())), List.of(another), NOW);

        assertThat(measure.view().effectIds()).containsExactly(another.id());
        assertThat(measure.view().how()).isEqualTo("Månedlig");
    }

    @Test
    void refusesABlankWhatTooLongHowAndTooManyEffects() {
        assertThatThrownBy(() -> new MeasureDetails("", "", Set.of())).hasMessage("sheets.measure-what");
        assertThatThrownBy(() -> new MeasureDetails("Hva", "x".repeat(1001), Set.of()))
                .hasMessage("sheets.measure-how");
        Set<UUID> many = IntStream.range(0, 21).mapToObj(i -> UUID.randomUUID()).collect(Collectors.toSet());
        assertThatThrownBy(() -> new MeasureDetails("Hva", "", many)).hasMessage("sheets.measure-effects");
    }
}
