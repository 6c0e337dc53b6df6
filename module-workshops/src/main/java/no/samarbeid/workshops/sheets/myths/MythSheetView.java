package no.samarbeid.workshops.sheets.myths;

import java.util.List;

/** A table's myths sheet: its assessments of the template's myths and the other myths it named. */
public record MythSheetView(List<MythAssessmentView> myths, List<MythAssessmentView> otherMyths) {}
