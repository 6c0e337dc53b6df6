package no.samarbeid.workshops.evaluation;

import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.sheets.SheetText;

/** A participant's short evaluation: what worked (optional), a rating from 1 to 5 and a comment (optional). */
record EvaluationDetails(String whatWorked, int rating, String comment) {

    static final int MAX_WHAT_WORKED = 1000;
    static final int MAX_COMMENT = 2000;
    static final int MIN_RATING = 1;
    static final int MAX_RATING = 5;

    EvaluationDetails {
        whatWorked = SheetText.optional(whatWorked, MAX_WHAT_WORKED, "sheets.evaluation-what-worked");
        comment = SheetText.optional(comment, MAX_COMMENT, "sheets.evaluation-comment");
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new InvalidInputException("sheets.evaluation-rating", MIN_RATING, MAX_RATING);
        }
    }
}
