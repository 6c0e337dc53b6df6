package no.samarbeid.workshops.notes;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.workshop.Phase;
import org.junit.jupiter.api.Test;

class NoteVoteUnitTests {

    private final NoteFixture at = new NoteFixture().at(Phase.SILENT_WRITING);

    @Test
    void aParticipantMayPutAllTheirDotsOnOneNote() {
        assertThatCode(() -> new VoteBudget(3, 0).allow(3)).doesNotThrowAnyException();
    }

    @Test
    void dotsAlreadyOnOtherNotesCountAgainstTheBudget() {
        new VoteBudget(3, 2).allow(1);

        assertThatThrownBy(() -> new VoteBudget(3, 2).allow(2))
                .isInstanceOf(ConflictException.class)
                .hasMessage("note.vote-budget");
        assertThatThrownBy(() -> new VoteBudget(3, 0).allow(4)).hasMessage("note.vote-budget");
    }

    @Test
    void takingDotsBackIsAlwaysAllowedButNotANegativeNumber() {
        assertThatCode(() -> new VoteBudget(3, 3).allow(0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new VoteBudget(3, 0).allow(-1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("note.vote-dots");
    }

    @Test
    void theBudgetFollowsTheWorkshopsSetting() {
        at.lifecycle.configure(false, 5);

        assertThatCode(() -> new VoteBudget(at.sheet().dotsPerPerson(), 0).allow(5))
                .doesNotThrowAnyException();
    }

    @Test
    void dotsGoOnRevealedNotesOfTheVotersOwnTableAndNotFromFacilitators() {
        Note note = at.post(at.kari, "Stem på meg");
        assertThatThrownBy(() -> note.requireVotableBy(at.as(at.ola))).hasMessage("note.not-revealed");
        at.reveal(note);

        assertThatCode(() -> note.requireVotableBy(at.as(at.ola))).doesNotThrowAnyException();
        assertThatCode(() -> note.requireVotableBy(at.as(at.kari))).doesNotThrowAnyException();
        assertThatThrownBy(() -> note.requireVotableBy(at.as(at.guest))).hasMessage("note.not-at-table");
        assertThatThrownBy(() -> note.requireVotableBy(at.facilitator))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("note.participants-only");
    }
}
