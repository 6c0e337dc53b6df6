package no.samarbeid.workshops.internal;

/** Whether a sketched collaboration is a temporary project or a development project. */
enum SketchProjectType {
    TEMPORARY_PROJECT,
    DEVELOPMENT_PROJECT
}
