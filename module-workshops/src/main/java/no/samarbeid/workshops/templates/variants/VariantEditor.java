package no.samarbeid.workshops.templates.variants;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.samarbeid.workshops.templates.Sheet;
import no.samarbeid.workshops.templates.Template;
import org.jspecify.annotations.Nullable;

/**
 * What the variant editor page shows: the variant's versions (the latest first), the national edition it is based
 * on, and the draft being edited, sheet by sheet, with each sheet's place in the variant and its base sheet.
 */
record VariantEditor(
        VariantRow latest, List<VariantRow> versions, VariantDraft draft, boolean unsaved, List<SheetRow> rows) {

    static VariantEditor of(
            List<VariantRow> versions, Template base, VariantDraft draft, boolean unsaved, Locale locale) {
        List<SheetRow> rows = new ArrayList<>();
        int position = 0;
        List<SheetDraft> sheets = draft.sheets();
        for (int i = 0; i < sheets.size(); i++) {
            SheetDraft sheet = sheets.get(i);
            Sheet original = base.sheet(sheet.key()).orElseThrow();
            String title = sheet.title().in(locale).strip();
            rows.add(new SheetRow(
                    sheet,
                    original,
                    sheet.included() ? ++position : null,
                    title.isEmpty() ? original.title().in(locale) : title,
                    i == 0,
                    i == sheets.size() - 1));
        }
        return new VariantEditor(versions.get(0), versions, draft, unsaved, rows);
    }

    /**
     * A sheet in the editor: as typed, its base sheet, its number in the variant (none when left out), the title to
     * name it by, and whether it is first or last in the list.
     */
    record SheetRow(
            SheetDraft sheet, Sheet base, @Nullable Integer position, String title, boolean first, boolean last) {}
}
