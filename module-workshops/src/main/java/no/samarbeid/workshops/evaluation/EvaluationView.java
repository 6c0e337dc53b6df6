package no.samarbeid.workshops.evaluation;

import java.time.Instant;

/** An evaluation as the API shows it: to its participant, or (without who gave it) to the facilitators. */
record EvaluationView(String whatWorked, int rating, String comment, Instant givenAt) {}
