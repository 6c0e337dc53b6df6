package no.samarbeid.workshops.templates.variants;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.core.web.PageController;
import no.samarbeid.workshops.templates.Template;
import no.samarbeid.workshops.templates.TemplateApi;
import no.samarbeid.workshops.templates.TemplateCatalog;
import no.samarbeid.workshops.templates.TemplateSummaries;
import no.samarbeid.workshops.templates.TemplateVariantService;
import no.samarbeid.workshops.templates.VariantDefinition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Edits a variant of the municipality as one plain form: keep or leave out sheets, move them up or down, change
 * minutes and texts. Moving keeps what was typed as a draft in the session; saving makes a new immutable version
 * (a refusal keeps the draft and shows why). Every post redirects back to the page.
 */
@PageController
@PreAuthorize(TemplateApi.ADMINS)
class VariantEditorPage {

    private static final String PATH = VariantListPage.PATH + "/{id}";

    private final TemplateVariantService variants;
    private final TemplateCatalog catalog;
    private final VariantErrors errors;

    VariantEditorPage(TemplateVariantService variants, TemplateCatalog catalog, VariantErrors errors) {
        this.variants = variants;
        this.catalog = catalog;
        this.errors = errors;
    }

    @GetMapping(PATH)
    String page(@PathVariable UUID id, HttpSession session, Locale locale, Model model) {
        VariantDefinition definition = variants.definition(id);
        Template base = base(definition);
        Optional<VariantDraft> unsaved = VariantDrafts.find(session, id).filter(draft -> draft.fits(base));
        TemplateSummaries.Edition edition = TemplateSummaries.Edition.of(base);
        var versions = VariantRow.of(variants.versions(id), List.of(edition));
        VariantDraft draft = unsaved.orElseGet(() -> VariantDraft.of(definition, base));
        model.addAttribute("editor", VariantEditor.of(versions, base, draft, unsaved.isPresent(), locale));
        return "admin/variant";
    }

    @PostMapping(path = PATH, params = "move")
    String move(
            @PathVariable UUID id,
            @RequestParam String move,
            @RequestParam MultiValueMap<String, String> form,
            HttpSession session,
            RedirectAttributes flash) {
        Template base = base(variants.definition(id));
        String key = move.substring(move.indexOf(':') + 1);
        VariantDrafts.keep(session, id, VariantForm.read(form, base).moved(key, move.startsWith("up:") ? -1 : 1));
        flash.addFlashAttribute("moved", key);
        return redirect(id, base.sheet(key).isPresent() ? "ark-" + key : "sheets");
    }

    @PostMapping(path = PATH, params = "save")
    String save(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            HttpSession session,
            Locale locale,
            RedirectAttributes flash) {
        Template base = base(variants.definition(id));
        VariantDraft draft = VariantForm.read(form, base);
        try {
            TemplateSummaries.Variant saved = variants.update(id, draft.request(base));
            VariantDrafts.discard(session, id);
            flash.addFlashAttribute("saved", saved.version());
            return redirect(id, "lagret");
        } catch (InvalidInputException refused) {
            VariantDrafts.keep(session, id, draft);
            flash.addFlashAttribute("error", errors.of(refused, draft, base, locale));
            return redirect(id, "feil");
        }
    }

    @PostMapping(path = PATH, params = "discard")
    String discard(@PathVariable UUID id, HttpSession session) {
        variants.definition(id);
        VariantDrafts.discard(session, id);
        return redirect(id, "main");
    }

    private Template base(VariantDefinition definition) {
        return catalog.all().stream()
                .filter(edition -> edition.reference().value().equals(definition.base()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Edition " + definition.base() + " is gone"));
    }

    private static String redirect(UUID id, String fragment) {
        return "redirect:" + VariantListPage.PATH + "/" + id + "#" + fragment;
    }
}
