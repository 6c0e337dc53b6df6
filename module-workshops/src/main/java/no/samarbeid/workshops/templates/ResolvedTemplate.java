package no.samarbeid.workshops.templates;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A template as a workshop runs it, immutable and complete in nb, nn and en: a national edition, or a municipality's
 * variant of one (then {@code variantName} is set). {@code reference} pins exactly this content (e.g.
 * {@code veier-til-samarbeid:2017} or {@code variant:<id>:<version>}); {@code edition} is the national edition it is
 * based on. A workshop keeps it as a snapshot (it serializes to and from JSON), so later edits never change it.
 */
public record ResolvedTemplate(
        String reference,
        String edition,
        @Nullable String variantName,
        LocalizedText title,
        LocalizedText subtitle,
        FacilitatorGuide guide,
        List<Sheet> sheets) {

    public ResolvedTemplate {
        Copies.required(reference, "A reference");
        Copies.required(edition, "An edition");
        Copies.required(title, "A title");
        Copies.required(subtitle, "A subtitle");
        Copies.required(guide, "A guide");
        sheets = Copies.of(sheets);
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("A template has at least one sheet");
        }
    }

    public Optional<Sheet> sheet(String key) {
        return sheets.stream().filter(sheet -> sheet.key().equals(key)).findFirst();
    }

    /** The suggested minutes of all sheets. */
    public int sheetMinutes() {
        return sheets.stream().mapToInt(Sheet::minutes).sum();
    }

    /** The planned time: the start-up round, the break and the sheets. */
    public int plannedMinutes() {
        return guide.startUp().minutes() + guide.breakMinutes() + sheetMinutes();
    }
}
