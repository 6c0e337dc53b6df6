package no.samarbeid.workshops.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The evaluations of a workshop for its facilitators: how many, the average rating, the count per rating (1-5) and
 * the answers, without who gave them, ordered by rating and text rather than by time.
 */
public record EvaluationSummary(
        int count, @Nullable Double averageRating, Map<Integer, Long> ratings, List<Answer> answers) {

    /** An evaluation's answers, without who gave it or when. */
    record Answer(int rating, String whatWorked, String comment) {}

    static EvaluationSummary of(List<EvaluationView> evaluations) {
        Map<Integer, Long> ratings = new TreeMap<>();
        for (int rating = EvaluationDetails.MIN_RATING; rating <= EvaluationDetails.MAX_RATING; rating++) {
            ratings.put(rating, 0L);
        }
        evaluations.forEach(e -> ratings.merge(e.rating(), 1L, Long::sum));
        Double average = evaluations.isEmpty()
                ? null
                : evaluations.stream()
                        .mapToInt(EvaluationView::rating)
                        .average()
                        .orElseThrow();
        return new EvaluationSummary(
                evaluations.size(),
                average,
                ratings,
                evaluations.stream()
                        .map(e -> new Answer(e.rating(), e.whatWorked(), e.comment()))
                        .sorted(Comparator.comparingInt(Answer::rating)
                                .reversed()
                                .thenComparing(Answer::whatWorked)
                                .thenComparing(Answer::comment))
                        .toList());
    }
}
