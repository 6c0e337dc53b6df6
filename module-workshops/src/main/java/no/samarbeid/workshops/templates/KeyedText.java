package no.samarbeid.workshops.templates;

/** A text with a stable key, e.g. a benefit type or a step of the start-up round. */
public record KeyedText(String key, LocalizedText text) {

    public KeyedText {
        Copies.required(key, "A key");
        Copies.required(text, "The text of " + key);
    }
}
