package no.samarbeid.workshops.board;

import java.util.List;
import java.util.Objects;
import no.samarbeid.core.web.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a form post on the board left for the page: which form ({@code key}) was refused and why, and what was typed
 * in it, so the form shows the message and keeps the input. Other forms show their stored values.
 */
record FormState(@Nullable String key, @Nullable DomainException error, MultiValueMap<String, String> typed) {

    private static final FormState NONE = new FormState(null, null, new LinkedMultiValueMap<>());

    static FormState none() {
        return NONE;
    }

    /** A refused post of the form {@code key} with what was typed (the CSRF token left out). */
    static FormState failed(String key, DomainException error, MultiValueMap<String, String> typed) {
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>(typed);
        kept.remove("_csrf");
        return new FormState(key, error, kept);
    }

    public boolean failed(String formKey) {
        return error != null && formKey.equals(key);
    }

    /** The message key of the refusal's title ({@code problem.<code>.title}); detail likewise. */
    public String code() {
        return error == null ? "" : error.code();
    }

    public Object[] arguments() {
        return error == null ? new Object[0] : error.arguments();
    }

    /** What was typed in the field of the refused form, else the stored value (empty for none). */
    public String value(String formKey, String field, @Nullable Object stored) {
        if (failed(formKey)) {
            return Objects.requireNonNullElse(typed.getFirst(field), "");
        }
        return stored == null ? "" : stored.toString();
    }

    /** Whether an option of a choice is chosen: as typed in the refused form, else as stored. */
    public boolean checked(String formKey, String field, Object option, boolean stored) {
        if (failed(formKey)) {
            List<String> chosen = typed.get(field);
            return chosen != null && chosen.contains(option.toString());
        }
        return stored;
    }
}
