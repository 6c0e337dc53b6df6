package no.samarbeid.workshops.sheets.reflection;

import static no.samarbeid.workshops.sheets.SheetFixtures.NOW;
import static no.samarbeid.workshops.sheets.SheetFixtures.TABLE;
import static no.samarbeid.workshops.sheets.SheetFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samarbeid.workshops.events.NextStepAgreed;
import org.junit.jupiter.api.Test;

class NextStepUnitTests {

    @Test
    void aNextStepDueTodayOrLaterIsPublishedWithItsOwnerAsWritten() {
        NextStep step = NextStep.agree(
                TABLE, new NextStepDetails(" Invitere til kaffe ", " Enhet for arbeid ", TODAY), TODAY, NOW);

        assertThat(step.registeredEvents()).singleElement().isInstanceOfSatisfying(NextStepAgreed.class, event -> {
            assertThat(event.text()).isEqualTo("Invitere til kaffe");
            assertThat(event.owner()).isEqualTo("Enhet for arbeid");
            assertThat(event.dueDate()).isEqualTo(TODAY);
        });
    }

    @Test
    void refusesADueDateThatHasPassed() {
        var details = new NextStepDetails("Invitere til kaffe", "Enhet for arbeid", TODAY.minusDays(1));

        assertThatThrownBy(() -> NextStep.agree(TABLE, details, TODAY, NOW)).hasMessage("sheets.next-step-due-date");
        NextStep step =
                NextStep.agree(TABLE, new NextStepDetails("Invitere til kaffe", "Enhet for arbeid", TODAY), TODAY, NOW);
        assertThatThrownBy(() -> step.revise(TABLE, details, TODAY, NOW)).hasMessage("sheets.next-step-due-date");
    }

    @Test
    void refusesABlankTextOrOwner() {
        assertThatThrownBy(() -> new NextStepDetails(" ", "Enhet", TODAY)).hasMessage("sheets.next-step-text");
        assertThatThrownBy(() -> new NextStepDetails("Steg", "", TODAY)).hasMessage("sheets.next-step-owner");
        assertThatThrownBy(() -> new NextStepDetails("Steg", "x".repeat(121), TODAY))
                .hasMessage("sheets.next-step-owner");
    }
}
