package no.samarbeid.workshops.templates;

import java.util.List;
import java.util.Optional;

/** A national edition of the method as its JSON resource describes it: guide and sheets, all in nb, nn and en. */
public record Template(
        String key,
        String version,
        LocalizedText title,
        LocalizedText subtitle,
        FacilitatorGuide guide,
        List<Sheet> sheets) {

    public Template {
        Copies.required(key, "A template's key");
        Copies.required(version, "The version of template " + key);
        Copies.required(title, "The title of template " + key);
        Copies.required(subtitle, "The subtitle of template " + key);
        Copies.required(guide, "The guide of template " + key);
        sheets = Copies.of(sheets);
    }

    public TemplateReference.Edition reference() {
        return new TemplateReference.Edition(key, version);
    }

    public Optional<Sheet> sheet(String sheetKey) {
        return sheets.stream().filter(sheet -> sheet.key().equals(sheetKey)).findFirst();
    }

    ResolvedTemplate resolved() {
        String reference = reference().value();
        return new ResolvedTemplate(reference, reference, null, title, subtitle, guide, sheets);
    }
}
