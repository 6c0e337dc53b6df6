package no.samarbeid.workshops.board;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.UUID;
import no.samarbeid.core.web.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Answers a form posted on the board: after a plain post a redirect back to the board, with htmx the refreshed
 * fragment. A refusal the user can fix (invalid input, a conflict, a wrong photo) is shown at the form with what was
 * typed: in the whole board page with the refusal's status, or in the fragment (200, so htmx swaps it in). Other
 * refusals (no access, not found) become the error page.
 */
@Component
class SheetFormsAnswer {

    static final String BOARD = "workshops/board";
    static final String FORMS_FRAGMENT = "workshops/sheet-forms :: forms";
    static final String NOTES_FRAGMENT = "workshops/board :: notes";
    private static final Set<HttpStatus> SHOWN_AT_FORM = Set.of(
            HttpStatus.BAD_REQUEST,
            HttpStatus.CONFLICT,
            HttpStatus.CONTENT_TOO_LARGE,
            HttpStatus.UNSUPPORTED_MEDIA_TYPE);

    private final BoardPageModel board;
    private final SheetFormsModel forms;

    SheetFormsAnswer(BoardPageModel board, SheetFormsModel forms) {
        this.board = board;
        this.forms = forms;
    }

    /** The whole board: the notes and the open sheet's forms. */
    String page(Model model, UUID workshopId, UUID tableId, FormState state) {
        board.fill(model, workshopId, tableId);
        forms.fill(model, workshopId, tableId, state);
        return BOARD;
    }

    /** The open sheet's forms, as htmx refreshes them. */
    String forms(Model model, UUID workshopId, UUID tableId) {
        forms.fill(model, workshopId, tableId, FormState.none());
        return FORMS_FRAGMENT;
    }

    /** Runs a post of a sheet form; htmx gets the sheet's forms. */
    String sheet(SheetPost post, Model model, HttpServletResponse response, Runnable action) {
        FormState state = run(post, response, action);
        if (!post.htmx()) {
            return state.key() == null
                    ? "redirect:" + post.board() + "#ark-skjema"
                    : page(model, post.workshopId(), post.tableId(), state);
        }
        forms.fill(model, post.workshopId(), post.tableId(), state);
        return FORMS_FRAGMENT;
    }

    /** Runs a post about the notes (e.g. gathering a cluster); htmx gets the notes. */
    String notes(SheetPost post, Model model, HttpServletResponse response, Runnable action) {
        FormState state = run(post, response, action);
        if (!post.htmx()) {
            return state.key() == null
                    ? "redirect:" + post.board()
                    : page(model, post.workshopId(), post.tableId(), state);
        }
        board.fill(model, post.workshopId(), post.tableId());
        model.addAttribute("formState", state);
        return NOTES_FRAGMENT;
    }

    private static FormState run(SheetPost post, HttpServletResponse response, Runnable action) {
        try {
            action.run();
            return FormState.none();
        } catch (DomainException e) {
            if (!SHOWN_AT_FORM.contains(e.status())) {
                throw e;
            }
            response.setStatus(post.htmx() ? HttpStatus.OK.value() : e.status().value());
            return FormState.failed(post.key(), e, post.typed());
        }
    }
}
