package no.samarbeid.workshops.sheets.partners;

/** Whether a sketched collaboration is a temporary project or a development project. */
public enum SketchProjectType {
    TEMPORARY_PROJECT,
    DEVELOPMENT_PROJECT
}
