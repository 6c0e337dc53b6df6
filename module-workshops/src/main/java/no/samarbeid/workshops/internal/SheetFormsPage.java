package no.samarbeid.workshops.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import no.samarbeid.core.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The structured forms of the sheet open at a table, as the board refreshes them, and the partner sheet (5): name
 * potential partners by reach, revise and remove them. Every post works plain (redirect back) and with htmx.
 */
@PageController
@RequestMapping("/workshops/{id}/bord/{tableId}/ark")
class SheetFormsPage {

    static final String HTMX = "HX-Request";

    private final SheetFormsAnswer answers;
    private final PartnerService partners;

    SheetFormsPage(SheetFormsAnswer answers, PartnerService partners) {
        this.answers = answers;
        this.partners = partners;
    }

    @GetMapping
    String forms(@PathVariable UUID id, @PathVariable UUID tableId, Model model) {
        return answers.forms(model, id, tableId);
    }

    @PostMapping("/partnere")
    String mention(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                SheetPost.of(id, tableId, "partner", form, htmx),
                model,
                response,
                () -> partners.mention(id, tableId, details(form)));
    }

    @PostMapping("/partnere/{partnerId}")
    String revise(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID partnerId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                SheetPost.of(id, tableId, "partner-" + partnerId, form, htmx),
                model,
                response,
                () -> partners.revise(id, tableId, partnerId, details(form)));
    }

    /** Removes a partner; one a sketch builds on stays, and the refusal shows at its entry. */
    @PostMapping("/partnere/{partnerId}/slett")
    String remove(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID partnerId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                SheetPost.of(id, tableId, "partner-" + partnerId, form, htmx),
                model,
                response,
                () -> partners.remove(id, tableId, partnerId));
    }

    private static PartnerDetails details(MultiValueMap<String, String> form) {
        return new PartnerDetails(
                FormFields.text(form, "name"),
                FormFields.text(form, "delivers"),
                FormFields.choice(form, "zone", PartnerZone.class, "sheetforms.partner-zone"));
    }
}
