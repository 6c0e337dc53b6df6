package no.samarbeid.workshops.sheets.myths;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import no.samarbeid.workshops.templates.ProcurementRule;
import no.samarbeid.workshops.templates.ProcurementRules;
import org.springframework.stereotype.Component;

/** The procurement rules in force on a date as the myths sheet shows them: amounts and dates written for the reader. */
@Component
public class ProcurementThresholds {

    private final ProcurementRules rules;

    ProcurementThresholds(ProcurementRules rules) {
        this.rules = rules;
    }

    /** The rules in force on the date, lowest amount first, in the locale's language. */
    public List<Threshold> on(LocalDate date, Locale locale) {
        return rules.currentOn(date).stream()
                .map(rule -> threshold(rule, locale))
                .toList();
    }

    private static Threshold threshold(ProcurementRule rule, Locale locale) {
        return new Threshold(
                rule.key(),
                rule.title().in(locale),
                amount(rule.amountNok(), locale),
                date(rule.validFrom(), locale),
                rule.source().name(),
                rule.source().citation(),
                rule.text().in(locale));
    }

    /** Whole kroner with digits grouped by three: a space in Norwegian ({@code 1 300 000}), a comma in English. */
    static String amount(long nok, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(locale.getLanguage().equals("en") ? ',' : ' ');
        return new DecimalFormat("#,##0", symbols).format(nok);
    }

    /** A date written out, e.g. {@code 6. april 2018}. */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(date);
    }

    /** A rule as shown: its title, amount (digits only), valid-from date, source and explanation. */
    record Threshold(
            String key, String title, String amount, String validFrom, String source, String citation, String text) {}
}
