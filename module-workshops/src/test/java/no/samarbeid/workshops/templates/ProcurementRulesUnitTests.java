package no.samarbeid.workshops.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Procurement rules are dated: the one in force on a date is the latest that started on or before it. */
class ProcurementRulesUnitTests {

    private final ProcurementRules rules = new ProcurementRules();

    @Test
    void theRegulationAppliesFrom100000AndTheNationalNoticeFrom1Point3MillionSinceApril2018() {
        LocalDate today = LocalDate.parse("2025-01-01");

        assertThat(rules.current("regulation-threshold", today).orElseThrow().amountNok())
                .isEqualTo(100_000);
        ProcurementRule notice = rules.current("national-threshold", today).orElseThrow();
        assertThat(notice.amountNok()).isEqualTo(1_300_000);
        assertThat(notice.validFrom()).isEqualTo(LocalDate.parse("2018-04-06"));
        assertThat(notice.source().citation()).startsWith("Forskrift om offentlige anskaffelser § 5-1");
        assertThat(notice.text().nb()).contains("Doffin");
    }

    @Test
    void aRuleStartsOnItsDayAndTheEarlierOneHoldsUntilThen() {
        assertThat(rules.current("national-threshold", LocalDate.parse("2018-04-05"))
                        .orElseThrow()
                        .amountNok())
                .isEqualTo(1_100_000);
        assertThat(rules.current("national-threshold", LocalDate.parse("2018-04-06"))
                        .orElseThrow()
                        .amountNok())
                .isEqualTo(1_300_000);
        assertThat(rules.current("national-threshold", LocalDate.parse("2016-12-31")))
                .isEmpty();
        assertThat(rules.current("no-such-rule", LocalDate.parse("2025-01-01"))).isEmpty();
    }

    @Test
    void theEeaThresholdForMunicipalitiesGoodsAndServicesIs2Point3MillionFromMarch2024() {
        String key = "eea-threshold-municipal-goods-services";

        assertThat(rules.current(key, LocalDate.parse("2024-03-13"))
                        .orElseThrow()
                        .amountNok())
                .isEqualTo(2_200_000);
        assertThat(rules.current(key, LocalDate.parse("2024-03-14"))
                        .orElseThrow()
                        .amountNok())
                .isEqualTo(2_300_000);
    }

    @Test
    void currentOnADateGivesOneRulePerKeyByAmount() {
        assertThat(rules.currentOn(LocalDate.parse("2025-06-01")))
                .extracting(ProcurementRule::key, ProcurementRule::amountNok)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("regulation-threshold", 100_000L),
                        org.assertj.core.groups.Tuple.tuple("national-threshold", 1_300_000L),
                        org.assertj.core.groups.Tuple.tuple("eea-threshold-municipal-goods-services", 2_300_000L));
        assertThat(rules.currentOn(LocalDate.parse("2017-06-01")))
                .extracting(ProcurementRule::key)
                .containsExactly("regulation-threshold", "national-threshold");
    }

    @Test
    void mythTwoConfusesTheRegulationsThresholdWithTheDutyToAnnounce() {
        Template edition = TemplateCatalog.load(TemplateCatalog.LOCATION).get(0);
        Myth mythTwo = edition.sheet("procurement-myths").orElseThrow().myths().get(1);

        assertThat(mythTwo.key()).isEqualTo("myth-2");
        assertThat(mythTwo.ruleKeys()).containsExactly("regulation-threshold", "national-threshold");
        assertThat(mythTwo.ruleKeys().stream()
                        .map(key -> rules.current(key, LocalDate.parse("2025-01-01"))
                                .orElseThrow()
                                .amountNok())
                        .toList())
                .containsExactly(100_000L, 1_300_000L);
    }

    @Test
    void twoRulesWithTheSameKeyCannotStartOnTheSameDay() {
        ProcurementRule rule = rules.all().get(0);

        assertThatThrownBy(() -> new ProcurementRules(List.of(rule, rule))).isInstanceOf(IllegalStateException.class);
    }
}
