package no.samarbeid.workshops.templates;

import java.util.List;

/**
 * The facilitator guide of a template: its sections, the start-up round, the size of a table (group) and the
 * suggested break. A workshop's planned time is the start-up, the break and the minutes of its sheets.
 */
public record FacilitatorGuide(
        LocalizedText title,
        List<GuideSection> sections,
        StartUp startUp,
        int minParticipants,
        int maxParticipants,
        int breakMinutes) {

    public FacilitatorGuide {
        Copies.required(title, "The guide's title");
        sections = Copies.of(sections);
        Copies.required(startUp, "The guide's start-up");
    }
}
