package no.samarbeid.workshops.board;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.PageController;
import no.samarbeid.workshops.notes.ClusterService;
import no.samarbeid.workshops.notes.NoteService;
import no.samarbeid.workshops.notes.VoteService;
import no.samarbeid.workshops.workshop.Actor;
import no.samarbeid.workshops.workshop.ReadyCheck;
import no.samarbeid.workshops.workshop.WorkshopAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The participant's board of one table: the open sheet, the silent-writing form, the notes the caller may see and
 * their clusters, and the open sheet's structured forms ({@link PartnerFormsPage} and its siblings). Every action works
 * as a plain form post (redirect back) and, with htmx, answers the refreshed notes fragment.
 */
@PageController
@RequestMapping("/workshops/{id}/bord")
class BoardPage {

    private static final String NOTES_FRAGMENT = "workshops/board :: notes";
    private static final String HTMX = SheetPostArguments.HTMX;

    private final BoardPageModel board;
    private final SheetFormsAnswer answers;
    private final NoteService notes;
    private final ClusterService clusters;
    private final VoteService votes;
    private final WorkshopAccess access;
    private final ReadyCheck readyCheck;

    BoardPage(
            BoardPageModel board,
            SheetFormsAnswer answers,
            NoteService notes,
            ClusterService clusters,
            VoteService votes,
            WorkshopAccess access,
            ReadyCheck readyCheck) {
        this.readyCheck = readyCheck;
        this.board = board;
        this.answers = answers;
        this.notes = notes;
        this.clusters = clusters;
        this.votes = votes;
        this.access = access;
    }

    /** A guest's own table; a page that says to wait when the facilitator has not seated them yet. */
    @GetMapping
    String mine(@PathVariable UUID id) {
        Actor actor = Actor.current();
        UUID participant = actor.guestParticipant();
        UUID table = participant == null ? null : access.tableOf(participant).orElse(null);
        if (table == null) {
            throw new ConflictException("page.not-seated");
        }
        return "redirect:/workshops/" + id + "/bord/" + table;
    }

    @GetMapping("/{tableId}")
    String page(@PathVariable UUID id, @PathVariable UUID tableId, Model model) {
        return answers.page(model, id, tableId, FormState.none());
    }

    @GetMapping("/{tableId}/lapper")
    String notesFragment(@PathVariable UUID id, @PathVariable UUID tableId, Model model) {
        board.fill(model, id, tableId);
        return NOTES_FRAGMENT;
    }

    /** The writing form, refreshed when another sheet opens (what is being typed stays). */
    @GetMapping("/{tableId}/skriv")
    String writeFragment(@PathVariable UUID id, @PathVariable UUID tableId, Model model) {
        board.fill(model, id, tableId);
        return "workshops/board :: write";
    }

    @PostMapping("/{tableId}/lapper")
    String write(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @RequestParam String sheetKey,
            @RequestParam String zoneKey,
            @RequestParam String text,
            @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
            Model model) {
        notes.post(id, tableId, sheetKey, zoneKey, text, null);
        return answer(id, tableId, htmx, model);
    }

    @PostMapping("/{tableId}/lapper/{noteId}/flytt")
    String move(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID noteId,
            @RequestParam String zoneKey,
            @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
            Model model) {
        notes.move(id, tableId, noteId, zoneKey);
        return answer(id, tableId, htmx, model);
    }

    /** Sets the caller's dots on a note (one more, or one fewer to undo); a vote over the budget is refused there. */
    @PostMapping("/{tableId}/lapper/{noteId}/stemme")
    String vote(
            SheetPost post,
            @PathVariable UUID noteId,
            @RequestParam int dots,
            Model model,
            HttpServletResponse response) {
        return answers.notes(
                post.keyed("vote"),
                model,
                response,
                () -> votes.vote(post.workshopId(), post.tableId(), noteId, Math.max(0, dots)));
    }

    /** The participant says they are done with the table's phase ("Ferdig"), or takes it back. */
    @PostMapping("/{tableId}/ferdig")
    String ready(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @RequestParam boolean ready,
            @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
            Model model) {
        readyCheck.mark(id, tableId, ready);
        return answer(id, tableId, htmx, model);
    }

    /** The facilitator hides a note before it is revealed. */
    @PostMapping("/{tableId}/lapper/{noteId}/skjul")
    String hide(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID noteId,
            @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
            Model model) {
        notes.hide(id, tableId, noteId);
        return answer(id, tableId, htmx, model);
    }

    /** Gathers the chosen notes under a heading; a refusal is shown at the cluster form with what was chosen. */
    @PostMapping("/{tableId}/klynger")
    String cluster(SheetPost post, Model model, HttpServletResponse response) {
        return answers.notes(
                post.keyed("cluster"),
                model,
                response,
                () -> clusters.gather(
                        post.workshopId(),
                        post.tableId(),
                        FormFields.text(post.typed(), "heading"),
                        List.copyOf(FormFields.ids(post.typed(), "noteIds"))));
    }

    private String answer(UUID id, UUID tableId, @Nullable String htmx, Model model) {
        if (htmx == null) {
            return "redirect:/workshops/" + id + "/bord/" + tableId;
        }
        board.fill(model, id, tableId);
        return NOTES_FRAGMENT;
    }
}
