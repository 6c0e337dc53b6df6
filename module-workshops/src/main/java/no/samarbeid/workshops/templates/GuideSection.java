package no.samarbeid.workshops.templates;

/** A section of the facilitator guide, e.g. materials, groups, time or the facilitator's role. */
public record GuideSection(String key, LocalizedText title, LocalizedText text) {

    public GuideSection {
        Copies.required(key, "A guide section's key");
        Copies.required(title, "The title of guide section " + key);
        Copies.required(text, "The text of guide section " + key);
    }
}
