package no.samarbeid.workshops.sheets.myths;

import static no.samarbeid.workshops.sheets.SheetFixtures.NOW;
import static no.samarbeid.workshops.sheets.SheetFixtures.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samarbeid.workshops.events.MythAssessed;
import org.junit.jupiter.api.Test;

class MythUnitTests {

    @Test
    void anAssessmentOfAMythOfTheTemplateIsPublishedWithItsKey() {
        MythAssessment assessment =
                MythAssessment.of(TABLE, "myth-2", new MythVerdict(MythLives.PARTLY, " Kjenn terskelverdiene "), NOW);

        assertThat(assessment.view().mythKey()).isEqualTo("myth-2");
        assertThat(assessment.registeredEvents()).singleElement().isInstanceOfSatisfying(MythAssessed.class, event -> {
            assertThat(event.mythKey()).isEqualTo("myth-2");
            assertThat(event.otherMyth()).isNull();
            assertThat(event.lives()).isEqualTo("PARTLY");
            assertThat(event.buster()).isEqualTo("Kjenn terskelverdiene");
        });
    }

    @Test
    void anotherMythCarriesItsTextAndCanBeReworded() {
        MythAssessment other =
                MythAssessment.other(TABLE, " Vi må alltid ta laveste pris ", new MythVerdict(MythLives.YES, ""), NOW);

        other.reword(TABLE, "Laveste pris vinner alltid", new MythVerdict(MythLives.NO, "Kvalitet teller"), NOW);

        assertThat(other.isOther()).isTrue();
        assertThat(other.view().text()).isEqualTo("Laveste pris vinner alltid");
        assertThat(other.registeredEvents()).hasSize(2).last().isInstanceOfSatisfying(MythAssessed.class, event -> {
            assertThat(event.mythKey()).isNull();
            assertThat(event.otherMyth()).isEqualTo("Laveste pris vinner alltid");
            assertThat(event.lives()).isEqualTo("NO");
        });
    }

    @Test
    void aReassessmentKeepsTheAssessment() {
        MythAssessment assessment = MythAssessment.of(TABLE, "myth-1", new MythVerdict(MythLives.YES, ""), NOW);

        assessment.reassess(TABLE, new MythVerdict(MythLives.NO, "Alle vet det nå"), NOW);

        assertThat(assessment.view().lives()).isEqualTo(MythLives.NO);
        assertThat(assessment.registeredEvents())
                .extracting(event -> ((MythAssessed) event).assessmentId())
                .containsOnly(assessment.view().id());
    }

    @Test
    void refusesABlankOrTooLongOtherMythAndTooLongBuster() {
        assertThatThrownBy(() -> MythAssessment.other(TABLE, " ", new MythVerdict(MythLives.YES, ""), NOW))
                .hasMessage("sheets.myth-other");
        assertThatThrownBy(() -> MythAssessment.other(TABLE, "x".repeat(301), new MythVerdict(MythLives.YES, ""), NOW))
                .hasMessage("sheets.myth-other");
        assertThatThrownBy(() -> new MythVerdict(MythLives.YES, "x".repeat(1001)))
                .hasMessage("sheets.myth-buster");
    }
}
