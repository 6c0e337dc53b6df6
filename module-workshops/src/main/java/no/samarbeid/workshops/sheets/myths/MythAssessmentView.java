package no.samarbeid.workshops.sheets.myths;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A table's assessment of a myth: of the template's ({@code mythKey}) or another one ({@code text}). */
public record MythAssessmentView(
        UUID id, @Nullable String mythKey, @Nullable String text, MythLives lives, String buster) {}
