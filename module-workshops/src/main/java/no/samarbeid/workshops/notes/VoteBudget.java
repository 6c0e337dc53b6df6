package no.samarbeid.workshops.notes;

import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.InvalidInputException;

/**
 * A participant's dots on one sheet at one table: {@code dotsPerPerson} in all, {@code spentElsewhere} already on
 * other notes. Several dots may go on one note, and they can be taken back.
 */
record VoteBudget(int dotsPerPerson, int spentElsewhere) {

    /** Refuses a negative number of dots, and more dots than the participant has left. */
    void allow(int dots) {
        if (dots < 0) {
            throw new InvalidInputException("note.vote-dots");
        }
        if (spentElsewhere + dots > dotsPerPerson) {
            throw new ConflictException("note.vote-budget", dotsPerPerson, Math.max(0, dotsPerPerson - spentElsewhere));
        }
    }
}
