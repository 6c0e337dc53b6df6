package no.samarbeid.impact.collaborations;

/** The sketch's choice on sheet 6: a temporary project or a development project. */
enum ProjectType {
    TEMPORARY_PROJECT,
    DEVELOPMENT_PROJECT
}
