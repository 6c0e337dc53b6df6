package no.samarbeid.workshops.templates;

import java.util.UUID;
import java.util.regex.Pattern;
import no.samarbeid.core.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Points at a template: a national edition ({@code veier-til-samarbeid:2017}) or a municipality's variant, either a
 * version of it ({@code variant:<id>:<version>}) or its latest version ({@code variant:<id>}).
 */
public sealed interface TemplateReference permits TemplateReference.Edition, TemplateReference.Variant {

    Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    Pattern VERSION = Pattern.compile("[A-Za-z0-9]+([.-][A-Za-z0-9]+)*");
    String VARIANT = "variant";

    /** The reference as text, as {@link #parse} reads it. */
    String value();

    /** Reads a reference; malformed text is invalid input ({@code template.reference}). */
    static TemplateReference parse(@Nullable String text) {
        String[] parts = text == null ? new String[0] : text.split(":", -1);
        try {
            if (parts.length >= 2 && parts.length <= 3 && parts[0].equals(VARIANT)) {
                UUID id = UUID.fromString(parts[1]);
                return new Variant(id, parts.length == 3 ? Integer.valueOf(parts[2]) : null);
            }
            if (parts.length == 2) {
                return new Edition(parts[0], parts[1]);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw new InvalidInputException("template.reference", String.valueOf(text));
    }

    /** A national edition by key and version. */
    record Edition(String key, String version) implements TemplateReference {

        public Edition {
            if (!KEY.matcher(key).matches()
                    || key.equals(VARIANT)
                    || !VERSION.matcher(version).matches()) {
                throw new IllegalArgumentException("Invalid edition " + key + ":" + version);
            }
        }

        @Override
        public String value() {
            return key + ":" + version;
        }
    }

    /** A municipality's variant, at a version (from 1) or, without one, at its latest version. */
    record Variant(UUID id, @Nullable Integer version) implements TemplateReference {

        public Variant {
            if (version != null && version < 1) {
                throw new IllegalArgumentException("Invalid variant version " + version);
            }
        }

        @Override
        public String value() {
            return VARIANT + ":" + id + (version == null ? "" : ":" + version);
        }
    }
}
