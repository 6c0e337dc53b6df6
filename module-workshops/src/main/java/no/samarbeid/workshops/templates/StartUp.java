package no.samarbeid.workshops.templates;

import java.util.List;

/** The suggested start-up round before the first sheet: its steps and suggested minutes. */
public record StartUp(LocalizedText title, LocalizedText note, List<KeyedText> steps, int minutes) {

    public StartUp {
        Copies.required(title, "The start-up's title");
        Copies.required(note, "The start-up's note");
        steps = Copies.of(steps);
    }
}
