package no.samarbeid.registry.entries;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.samarbeid.core.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/** Checks of outside input, each refusal naming its field (as a JSON path). */
final class Fields {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[a-zA-Z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]{8,20}");

    private Fields() {}

    static String required(String field, @Nullable String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new InvalidFieldException(field, "registry.text", field, max);
        }
        return text;
    }

    static String optional(String field, @Nullable String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new InvalidFieldException(field, "registry.text", field, max);
        }
        return text;
    }

    /** A list of short texts: blanks dropped, each at most {@code max}, at most {@code count} of them. */
    static List<String> texts(String field, @Nullable List<String> values, int max, int count) {
        List<String> texts = new ArrayList<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String text = optional(field + "[" + i + "]", values.get(i), max);
                if (!text.isEmpty() && !texts.contains(text)) {
                    texts.add(text);
                }
            }
        }
        if (texts.size() > count) {
            throw new InvalidFieldException(field, "registry.too-many", field, count);
        }
        return List.copyOf(texts);
    }

    /** An absolute http(s) address, or null. */
    static @Nullable String link(String field, @Nullable String value) {
        String text = optional(field, value, 300);
        if (text.isEmpty()) {
            return null;
        }
        try {
            URI uri = URI.create(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new InvalidFieldException(field, "registry.link", field, text);
    }

    static @Nullable String email(String field, @Nullable String value) {
        String text = optional(field, value, 254);
        if (text.isEmpty()) {
            return null;
        }
        if (!EMAIL.matcher(text).matches()) {
            throw new InvalidFieldException(field, "registry.email", field, text);
        }
        return text;
    }

    static @Nullable String phone(String field, @Nullable String value) {
        String text = optional(field, value, 20);
        if (text.isEmpty()) {
            return null;
        }
        if (!PHONE.matcher(text).matches()) {
            throw new InvalidFieldException(field, "registry.phone", field, text);
        }
        return text;
    }
}
