package no.samarbeid.workshops.templates;

/** A chapter of the inspiration booklet a sheet asks to read. */
public record ChapterReference(int number, LocalizedText title) {

    public ChapterReference {
        Copies.required(title, "The title of chapter " + number);
    }
}
