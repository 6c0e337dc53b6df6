package no.samarbeid.registry.imports;

import org.jspecify.annotations.Nullable;

/** The fields of an {@code enhet} of Enhetsregisteret the register reads (others are skipped). */
record Enhet(
        @Nullable String organisasjonsnummer,
        @Nullable String navn,
        @Nullable Code organisasjonsform,
        @Nullable Code naeringskode1,
        @Nullable Address forretningsadresse,
        boolean konkurs,
        boolean underAvvikling) {

    /** A code with its description, e.g. {@code {"kode": "AS", "beskrivelse": "Aksjeselskap"}}. */
    record Code(@Nullable String kode, @Nullable String beskrivelse) {}

    /** An address; only its municipality number is read. */
    record Address(@Nullable String kommunenummer, @Nullable String kommune) {}

    @Nullable
    String form() {
        return organisasjonsform == null ? null : organisasjonsform.kode();
    }

    @Nullable
    String industry() {
        return naeringskode1 == null ? null : naeringskode1.kode();
    }

    @Nullable
    String municipality() {
        return forretningsadresse == null ? null : forretningsadresse.kommunenummer();
    }
}
