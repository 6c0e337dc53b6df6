package no.samarbeid.registry.entries;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Enhetsregisteret's organisation forms the register takes, by their codes. "Ideelt AS" is an AS with a flag. */
public enum OrganisationForm {
    AS,
    ASA,
    ENK,
    FLI,
    STI,
    SA,
    ANS,
    DA,
    NUF,
    BA,
    KS,
    SAM,
    ORGL,
    IKS,
    KF,
    BBL;

    /** The form of a code (case-insensitive), if the register takes it. */
    public static Optional<OrganisationForm> of(String code) {
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(form -> form.name().equals(wanted))
                .findFirst();
    }

    /** The message key of the form's name. */
    public String messageKey() {
        return "registry.form." + name();
    }
}
