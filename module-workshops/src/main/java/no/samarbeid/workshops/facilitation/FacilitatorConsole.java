package no.samarbeid.workshops.facilitation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samarbeid.workshops.live.PageConnections;
import no.samarbeid.workshops.notes.NoteService;
import no.samarbeid.workshops.workshop.AgendaView;
import no.samarbeid.workshops.workshop.FacilitationService;
import no.samarbeid.workshops.workshop.ParticipantView;
import no.samarbeid.workshops.workshop.ProjectorLinks;
import no.samarbeid.workshops.workshop.ReadyCheck;
import no.samarbeid.workshops.workshop.RunStep;
import no.samarbeid.workshops.workshop.TemplateSnapshots;
import no.samarbeid.workshops.workshop.WorkshopService;
import no.samarbeid.workshops.workshop.WorkshopView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the console shows in one transaction, and turns the console's agenda forms into whole agendas. */
@Component
class FacilitatorConsole {

    private final WorkshopService workshops;
    private final TemplateSnapshots templates;
    private final FacilitationService facilitation;
    private final NoteService notes;
    private final ReadyCheck ready;
    private final PageConnections connections;
    private final ProjectorLinks projectorLinks;

    FacilitatorConsole(
            WorkshopService workshops,
            TemplateSnapshots templates,
            FacilitationService facilitation,
            NoteService notes,
            ReadyCheck ready,
            PageConnections connections,
            ProjectorLinks projectorLinks) {
        this.workshops = workshops;
        this.templates = templates;
        this.facilitation = facilitation;
        this.notes = notes;
        this.ready = ready;
        this.connections = connections;
        this.projectorLinks = projectorLinks;
    }

    /** The console of a workshop the current user manages (404 for others, 403 for its participants). */
    @Transactional(readOnly = true)
    ConsoleView of(UUID id, HttpServletRequest request) {
        WorkshopView workshop = workshops.get(id);
        String code = workshops.joinCode(id);
        return ConsoleView.of(
                workshop,
                code,
                JoinLink.of(request, code),
                ProjectorLinks.PATH + projectorLinks.issue(id),
                templates.template(id));
    }

    /** The running console's status bar and grid of tables. */
    @Transactional(readOnly = true)
    RunBoard run(ConsoleView console) {
        WorkshopView workshop = console.workshop();
        List<String> agenda =
                workshop.agenda().stream().map(AgendaView::sheetKey).toList();
        Map<UUID, Long> seated = facilitation.seating(workshop.id()).participants().stream()
                .filter(p -> p.tableId() != null)
                .collect(Collectors.groupingBy(ParticipantView::tableId, Collectors.counting()));
        Map<UUID, Integer> done = ready.counts(workshop.id());
        List<RunBoard.Card> cards = workshop.tables().stream()
                .map(table -> new RunBoard.Card(
                        table,
                        seated.getOrDefault(table.id(), 0L).intValue(),
                        connections.count(table.id()),
                        table.sheetKey() == null
                                ? 0
                                : notes.list(workshop.id(), table.id(), table.sheetKey())
                                        .size(),
                        done.getOrDefault(table.id(), 0)))
                .toList();
        return RunBoard.of(
                console, RunStep.current(agenda, workshop.tables()), RunStep.next(agenda, workshop.tables()), cards);
    }

    /** The agenda the console's agenda form asks for (see {@link AgendaForm}). */
    @Transactional(readOnly = true)
    List<AgendaView> edited(UUID id, Map<String, String> form) {
        return AgendaForm.read(
                workshops.get(id).agenda(), templates.template(id).sheets(), form);
    }

    /** The agenda with one sheet swapped with its neighbour above ({@code up}) or below. */
    @Transactional(readOnly = true)
    List<AgendaView> moved(UUID id, String sheetKey, boolean up) {
        List<AgendaView> agenda = new ArrayList<>(workshops.get(id).agenda());
        int from = agenda.stream().map(AgendaView::sheetKey).toList().indexOf(sheetKey);
        int to = up ? from - 1 : from + 1;
        if (from >= 0 && to >= 0 && to < agenda.size()) {
            agenda.set(from, agenda.set(to, agenda.get(from)));
        }
        return agenda;
    }
}
