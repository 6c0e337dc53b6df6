package no.samarbeid.workshops.board;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import no.samarbeid.core.web.PageController;
import no.samarbeid.workshops.sheets.myths.MythLives;
import no.samarbeid.workshops.sheets.myths.MythService;
import no.samarbeid.workshops.sheets.myths.MythVerdict;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

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
    String assess(@PathVariable String mythKey, SheetPost post, Model model, HttpServletResponse response) {
        return answers.sheet(
                post.keyed("myth-" + mythKey),
                model,
                response,
                () -> myths.assess(post.workshopId(), post.tableId(), mythKey, verdict(post.typed())));
    }

    @PostMapping
    String nameOther(SheetPost post, Model model, HttpServletResponse response) {
        return answers.sheet(
                post.keyed("other-myth"),
                model,
                response,
                () -> myths.nameOther(
                        post.workshopId(),
                        post.tableId(),
                        FormFields.text(post.typed(), "text"),
                        verdict(post.typed())));
    }

    @PostMapping("/andre/{otherId}")
    String rewordOther(@PathVariable UUID otherId, SheetPost post, Model model, HttpServletResponse response) {
        return answers.sheet(
                post.keyed("other-myth-" + otherId),
                model,
                response,
                () -> myths.rewordOther(
                        post.workshopId(),
                        post.tableId(),
                        otherId,
                        FormFields.text(post.typed(), "text"),
                        verdict(post.typed())));
    }

    private static MythVerdict verdict(MultiValueMap<String, String> form) {
        return new MythVerdict(
                FormFields.choice(form, "lives", MythLives.class, "sheetforms.myth-lives"),
                FormFields.text(form, "buster"));
    }
}
