package no.samarbeid.workshops.sheets.reflection;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samarbeid.workshops.sheets.SheetAccess;
import no.samarbeid.workshops.sheets.SheetScope;
import no.samarbeid.workshops.sheets.SheetTemplates;
import no.samarbeid.workshops.sheets.SheetWrites;
import no.samarbeid.workshops.templates.Zone;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reflection questions of sheet 10 and a table's answers to them. */
@Service
public class ReflectionService {

    private final SheetAccess access;
    private final SheetTemplates templates;
    private final Reflections reflections;
    private final Clock clock;

    ReflectionService(SheetAccess access, SheetTemplates templates, Reflections reflections, Clock clock) {
        this.access = access;
        this.templates = templates;
        this.reflections = reflections;
        this.clock = clock;
    }

    @Transactional
    public ReflectionView answer(UUID workshopId, UUID tableId, Map<String, @Nullable String> answers) {
        SheetScope scope = access.writable(workshopId, tableId);
        List<Zone> questions = templates.reflectionQuestions(workshopId);
        Reflection reflection = find(scope).orElseGet(() -> Reflection.of(scope, clock.instant()));
        Set<String> keys = questions.stream().map(Zone::key).collect(Collectors.toSet());
        reflection.answer(scope, answers, keys, clock.instant());
        return view(questions, SheetWrites.save(reflections, reflection));
    }

    @Transactional(readOnly = true)
    public ReflectionView get(UUID workshopId, UUID tableId) {
        SheetScope scope = access.readable(workshopId, tableId);
        return view(templates.reflectionQuestions(workshopId), find(scope).orElse(null));
    }

    private Optional<Reflection> find(SheetScope scope) {
        return reflections.findById(scope.tableId()).filter(reflection -> reflection.belongsTo(scope));
    }

    private static ReflectionView view(List<Zone> questions, @Nullable Reflection reflection) {
        return new ReflectionView(
                questions.stream()
                        .map(question -> new ReflectionView.Item(
                                question.key(),
                                question.title(),
                                reflection == null ? "" : reflection.answerTo(question.key())))
                        .toList(),
                reflection == null ? null : reflection.updatedAt());
    }
}
