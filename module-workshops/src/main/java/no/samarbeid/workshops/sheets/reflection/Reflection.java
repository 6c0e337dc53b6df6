package no.samarbeid.workshops.sheets.reflection;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.events.ReflectionAnswered;
import no.samarbeid.workshops.sheets.SheetAggregate;
import no.samarbeid.workshops.sheets.SheetScope;
import no.samarbeid.workshops.sheets.SheetText;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A table's answers to the reflection questions of sheet 10, by question key; one per table. */
@Table(schema = "workshops", name = "sheet_reflection")
class Reflection extends SheetAggregate<Reflection> {

    static final int MAX_ANSWER = 2000;

    @Id
    private final UUID tableId;

    private final UUID tenantId;
    private final UUID workshopId;

    @MappedCollection(idColumn = "table_id", keyColumn = "question_key")
    private Map<String, ReflectionAnswer> answers;

    private Instant updatedAt;

    @Version
    private int version;

    @PersistenceCreator
    Reflection(
            UUID tableId,
            UUID tenantId,
            UUID workshopId,
            Map<String, ReflectionAnswer> answers,
            Instant updatedAt,
            int version) {
        this.tableId = tableId;
        this.tenantId = tenantId;
        this.workshopId = workshopId;
        this.answers = new HashMap<>(answers);
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Reflection of(SheetScope scope, Instant now) {
        return new Reflection(scope.tableId(), scope.tenantId(), scope.workshopId(), Map.of(), now, 0);
    }

    /**
     * Replaces the answers with the given ones, each to one of the {@code questions}; blank answers are left out.
     */
    void answer(SheetScope scope, Map<String, @Nullable String> given, Set<String> questions, Instant now) {
        Map<String, ReflectionAnswer> next = new HashMap<>();
        given.forEach((key, text) -> {
            if (!questions.contains(key)) {
                throw new InvalidInputException("sheets.reflection-question", key);
            }
            String answer = SheetText.optional(text, MAX_ANSWER, "sheets.reflection-answer");
            if (!answer.isEmpty()) {
                next.put(key, new ReflectionAnswer(tenantId, answer));
            }
        });
        answers = next;
        updatedAt = now;
        List<ReflectionAnswered.Answer> answered = next.entrySet().stream()
                .map(entry -> new ReflectionAnswered.Answer(
                        entry.getKey(), entry.getValue().answer()))
                .toList();
        registerEvent(new ReflectionAnswered(
                UUID.randomUUID(), tenantId, workshopId, scope.shared(), tableId, answered, now));
    }

    boolean belongsTo(SheetScope scope) {
        return workshopId.equals(scope.workshopId()) && tableId.equals(scope.tableId());
    }

    /** The answer to a question, empty when there is none. */
    String answerTo(String questionKey) {
        ReflectionAnswer answer = answers.get(questionKey);
        return answer == null ? "" : answer.answer();
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
