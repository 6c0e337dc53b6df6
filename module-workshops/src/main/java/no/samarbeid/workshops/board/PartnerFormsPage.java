package no.samarbeid.workshops.board;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import no.samarbeid.core.web.PageController;
import no.samarbeid.workshops.sheets.partners.PartnerDetails;
import no.samarbeid.workshops.sheets.partners.PartnerService;
import no.samarbeid.workshops.sheets.partners.PartnerZone;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The structured forms of the sheet open at a table, as the board refreshes them, and the partner sheet (5): name
 * potential partners by reach, revise and remove them. Every post works plain (redirect back) and with htmx.
 */
@PageController
@RequestMapping("/workshops/{id}/bord/{tableId}/ark")
class PartnerFormsPage {

    private final SheetFormsAnswer answers;
    private final PartnerService partners;

    PartnerFormsPage(SheetFormsAnswer answers, PartnerService partners) {
        this.answers = answers;
        this.partners = partners;
    }

    @GetMapping
    String forms(@PathVariable UUID id, @PathVariable UUID tableId, Model model) {
        return answers.forms(model, id, tableId);
    }

    @PostMapping("/partnere")
    String mention(SheetPost post, Model model, HttpServletResponse response) {
        return answers.sheet(
                post.keyed("partner"),
                model,
                response,
                () -> partners.mention(post.workshopId(), post.tableId(), details(post.typed())));
    }

    @PostMapping("/partnere/{partnerId}")
    String revise(@PathVariable UUID partnerId, SheetPost post, Model model, HttpServletResponse response) {
        return answers.sheet(
                post.keyed("partner-" + partnerId),
                model,
                response,
                () -> partners.revise(post.workshopId(), post.tableId(), partnerId, details(post.typed())));
    }

    /** Removes a partner; one a sketch builds on stays, and the refusal shows at its entry. */
    @PostMapping("/partnere/{partnerId}/slett")
    String remove(@PathVariable UUID partnerId, SheetPost post, Model model, HttpServletResponse response) {
        return answers.sheet(
                post.keyed("partner-" + partnerId),
                model,
                response,
                () -> partners.remove(post.workshopId(), post.tableId(), partnerId));
    }

    private static PartnerDetails details(MultiValueMap<String, String> form) {
        return new PartnerDetails(
                FormFields.text(form, "name"),
                FormFields.text(form, "delivers"),
                FormFields.choice(form, "zone", PartnerZone.class, "sheetforms.partner-zone"),
                FormFields.text(form, "organisationNumber"));
    }
}
