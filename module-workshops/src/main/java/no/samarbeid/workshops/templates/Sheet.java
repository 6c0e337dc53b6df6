package no.samarbeid.workshops.templates;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A worksheet: its position in the template ({@code number}, from 1), a stable key, its kind and suggested minutes,
 * the question ({@code title}), numbered instructions, the zones where notes go, tips, the booklet chapters to read,
 * the benefit types (on {@link SheetKind#EFFECTS}) or myths (on {@link SheetKind#MYTHS}), and an optional note.
 */
public record Sheet(
        int number,
        String key,
        SheetKind kind,
        int minutes,
        LocalizedText title,
        List<LocalizedText> instructions,
        List<Zone> zones,
        List<LocalizedText> tips,
        List<ChapterReference> chapters,
        List<KeyedText> benefitTypes,
        List<Myth> myths,
        @Nullable LocalizedText note) {

    public Sheet {
        Copies.required(key, "A sheet's key");
        Copies.required(kind, "The kind of sheet " + key);
        Copies.required(title, "The title of sheet " + key);
        instructions = Copies.of(instructions);
        zones = Copies.of(zones);
        tips = Copies.of(tips);
        chapters = Copies.of(chapters);
        benefitTypes = Copies.of(benefitTypes);
        myths = Copies.of(myths);
    }

    public Optional<Zone> zone(String zoneKey) {
        return zones.stream().filter(zone -> zone.key().equals(zoneKey)).findFirst();
    }

    /** Whether notes may refer to this key on the sheet: a zone's key, or a myth's key on a myths sheet. */
    public boolean acceptsNotesIn(String zoneKey) {
        return zone(zoneKey).isPresent()
                || myths.stream().anyMatch(myth -> myth.key().equals(zoneKey));
    }

    /** This sheet at another position, with other minutes and texts. */
    Sheet changed(
            int position,
            int newMinutes,
            LocalizedText newTitle,
            List<LocalizedText> newInstructions,
            List<LocalizedText> newTips) {
        return new Sheet(
                position,
                key,
                kind,
                newMinutes,
                newTitle,
                newInstructions,
                zones,
                newTips,
                chapters,
                benefitTypes,
                myths,
                note);
    }
}
