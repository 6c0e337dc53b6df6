package no.samarbeid.workshops.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A table's assessment of a myth: of the template's ({@code mythKey}) or another one ({@code text}). */
record MythAssessmentView(
        UUID id, @Nullable String mythKey, @Nullable String text, MythLives lives, String buster) {}
