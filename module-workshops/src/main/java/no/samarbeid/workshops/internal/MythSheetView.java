package no.samarbeid.workshops.internal;

import java.util.List;

/** A table's myths sheet: its assessments of the template's myths and the other myths it named. */
record MythSheetView(List<MythAssessmentView> myths, List<MythAssessmentView> otherMyths) {}
