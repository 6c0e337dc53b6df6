package no.samarbeid.workshops.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import no.samarbeid.core.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The myths sheet (9) on the board: whether each of the template's myths lives at the table and what would bust it,
 * and other myths the table names.
 */
@PageController
@RequestMapping("/workshops/{id}/bord/{tableId}/ark/myter")
class MythFormsPage {

    private final SheetFormsAnswer answers;
    private final MythService myths;

    MythFormsPage(SheetFormsAnswer answers, MythService myths) {
        this.answers = answers;
        this.myths = myths;
    }

    @PostMapping("/{mythKey}")
    String assess(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable String mythKey,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = SheetFormsPage.HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                SheetPost.of(id, tableId, "myth-" + mythKey, form, htmx),
                model,
                response,
                () -> myths.assess(id, tableId, mythKey, verdict(form)));
    }

    @PostMapping
    String nameOther(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = SheetFormsPage.HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                SheetPost.of(id, tableId, "other-myth", form, htmx),
                model,
                response,
                () -> myths.nameOther(id, tableId, FormFields.text(form, "text"), verdict(form)));
    }

    @PostMapping("/andre/{otherId}")
    String rewordOther(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID otherId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = SheetFormsPage.HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                SheetPost.of(id, tableId, "other-myth-" + otherId, form, htmx),
                model,
                response,
                () -> myths.rewordOther(id, tableId, otherId, FormFields.text(form, "text"), verdict(form)));
    }

    private static MythVerdict verdict(MultiValueMap<String, String> form) {
        return new MythVerdict(
                FormFields.choice(form, "lives", MythLives.class, "sheetforms.myth-lives"),
                FormFields.text(form, "buster"));
    }
}
