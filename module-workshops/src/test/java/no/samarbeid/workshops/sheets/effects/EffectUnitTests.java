package no.samarbeid.workshops.sheets.effects;

import static no.samarbeid.workshops.sheets.SheetFixtures.NOW;
import static no.samarbeid.workshops.sheets.SheetFixtures.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import no.samarbeid.workshops.events.EffectIdentified;
import org.junit.jupiter.api.Test;

class EffectUnitTests {

    @Test
    void anEffectIsPublishedWithItsBenefitTypesInOrder() {
        Effect effect = Effect.identify(
                TABLE,
                new EffectDetails(
                        EffectStakeholder.MUNICIPALITY,
                        " Færre sykemeldte ",
                        Set.of(EffectBenefit.COST, EffectBenefit.QUALITY)),
                NOW);

        assertThat(effect.view().benefits()).containsExactly(EffectBenefit.QUALITY, EffectBenefit.COST);
        assertThat(effect.registeredEvents()).singleElement().isInstanceOfSatisfying(EffectIdentified.class, event -> {
            assertThat(event.effectId()).isEqualTo(effect.id());
            assertThat(event.stakeholder()).isEqualTo("MUNICIPALITY");
            assertThat(event.text()).isEqualTo("Færre sykemeldte");
            assertThat(event.benefitTypes()).isEqualTo(List.of("QUALITY", "COST"));
        });
    }

    @Test
    void anEffectMayHaveNoBenefitTypeButNeedsAText() {
        Effect effect = Effect.identify(
                TABLE, new EffectDetails(EffectStakeholder.ENTREPRENEUR, "Stabile inntekter", Set.of()), NOW);

        assertThat(effect.view().benefits()).isEmpty();
        assertThatThrownBy(() -> new EffectDetails(EffectStakeholder.CITIZEN, " ", Set.of()))
                .hasMessage("sheets.effect-text");
        assertThatThrownBy(() -> new EffectDetails(EffectStakeholder.CITIZEN, "x".repeat(501), Set.of()))
                .hasMessage("sheets.effect-text");
    }

    @Test
    void aRevisionReplacesStakeholderTextAndBenefits() {
        Effect effect = EffectFixtures.effect(TABLE);

        effect.revise(
                TABLE, new EffectDetails(EffectStakeholder.MUNICIPALITY, "Spart tid", Set.of(EffectBenefit.TIME)), NOW);

        assertThat(effect.view().stakeholder()).isEqualTo(EffectStakeholder.MUNICIPALITY);
        assertThat(effect.view().benefits()).containsExactly(EffectBenefit.TIME);
        assertThat(effect.registeredEvents()).hasSize(2);
    }
}
