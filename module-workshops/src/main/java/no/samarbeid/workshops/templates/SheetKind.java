package no.samarbeid.workshops.templates;

/** The fixed set of worksheet kinds a template composes; the kind decides how a sheet is worked and shown. */
public enum SheetKind {
    /** Text to read and keep on the table, e.g. purpose, goal and ground rules. */
    INFORMATION,
    /** Notes written in silence, then discussed and placed in the sheet's zones. */
    NOTES_IN_ZONES,
    /** Potential partners sorted by reach: the municipality, the region, the whole country. */
    PARTNER_LIST,
    /** A sketch of one possible collaboration: entrepreneur, service area, guiding questions, how it works. */
    COLLABORATION_SKETCH,
    /** Effects and benefits per stakeholder, classified by benefit type. */
    EFFECTS,
    /** What can be measured about the effects, and how. */
    MEASURES,
    /** Myths about public procurement: do they live here, and what busts them. */
    MYTHS,
    /** Reflection and next steps at the end of the workshop. */
    REFLECTION
}
