package no.samarbeid.workshops.templates.variants;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.templates.Template;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the domain's refusal of a variant ({@code template.variant.*}) into a message for the variant forms, naming
 * the sheet by its title and the field as the admin sees it ({@code variants.error.*}), and the field to fix.
 */
@Component
class VariantErrors {

    private static final String PREFIX = "template.variant.";
    private static final Pattern FIELD = Pattern.compile("(title|instructions|tips)(?:\\.(nb|nn|en))?(?:\\[(\\d+)])?");
    private static final Map<String, String> FIELDS =
            Map.of("name", "name", "base-unknown", "base", "no-sheets", "sheets");

    private final MessageSource messages;

    VariantErrors(MessageSource messages) {
        this.messages = messages;
    }

    FormError of(InvalidInputException refusal, @Nullable VariantDraft draft, @Nullable Template base, Locale locale) {
        String reason = refusal.code().startsWith(PREFIX) ? refusal.code().substring(PREFIX.length()) : "";
        Object[] arguments = refusal.arguments();
        if (FIELDS.containsKey(reason) || arguments.length == 0) {
            return new FormError(text(reason, refusal, arguments, locale), FIELDS.getOrDefault(reason, "name"), null);
        }
        String sheet = String.valueOf(arguments[0]);
        arguments[0] = title(draft, base, sheet, locale);
        String field = (reason.equals("minutes") ? "minutes-" : "include-") + sheet;
        Matcher named = arguments.length > 1 ? FIELD.matcher(String.valueOf(arguments[1])) : null;
        if (named != null && named.matches()) {
            arguments[1] = label(named, locale);
            field = named.group(1) + "-" + (named.group(2) == null ? "nb" : named.group(2)) + "-" + sheet;
        }
        return new FormError(text(reason, refusal, arguments, locale), field, sheet);
    }

    private String text(String reason, InvalidInputException refusal, Object[] arguments, Locale locale) {
        String text = messages.getMessage("variants.error." + reason, arguments, null, locale);
        return text != null
                ? text
                : messages.getMessage(
                        "problem." + refusal.code() + ".detail", refusal.arguments(), refusal.code(), locale);
    }

    private String label(Matcher field, Locale locale) {
        String label = messages.getMessage("variants.field." + field.group(1), null, locale);
        if (field.group(2) != null) {
            String language = messages.getMessage("variants.language." + field.group(2), null, locale);
            label = messages.getMessage("variants.field.in-language", new Object[] {label, language}, locale);
        }
        if (field.group(3) != null) {
            label = messages.getMessage("variants.field.line", new Object[] {field.group(3), label}, locale);
        }
        return label;
    }

    /** The sheet's title as typed, else as in the base, else its key. */
    private static String title(@Nullable VariantDraft draft, @Nullable Template base, String sheet, Locale locale) {
        Stream<String> typed = draft == null
                ? Stream.empty()
                : draft.sheets().stream()
                        .filter(candidate -> candidate.key().equals(sheet))
                        .map(candidate -> candidate.title().in(locale));
        Stream<String> original = base == null
                ? Stream.empty()
                : base.sheet(sheet).map(candidate -> candidate.title().in(locale)).stream();
        return Stream.concat(typed, original)
                .map(String::strip)
                .filter(title -> !title.isEmpty())
                .findFirst()
                .orElse(sheet);
    }
}
