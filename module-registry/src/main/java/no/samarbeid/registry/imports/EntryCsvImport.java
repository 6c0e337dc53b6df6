package no.samarbeid.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.FieldProblem;
import no.samarbeid.core.web.InvalidFieldException;
import no.samarbeid.registry.entries.Actor;
import no.samarbeid.registry.entries.EntryService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * A national coordinator enters entries from a CSV file (UTF-8, a header row naming the columns of {@link
 * EntryCsvRow}): every row is checked as a proposal through the API is, each rejected row is reported with its line
 * and column, and the rows are entered (verified) all together or, when any row is rejected, not at all.
 */
@Service
public class EntryCsvImport {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 2000;

    private final EntryService entries;
    private final MessageSource messages;

    EntryCsvImport(EntryService entries, MessageSource messages) {
        this.entries = entries;
        this.messages = messages;
    }

    /** Reads and enters the file; a file that is no CSV of entries at all is refused whole (field {@code file}). */
    @Transactional
    public CsvImportReport run(InputStream csv, Actor actor) {
        if (!actor.coordinator()) {
            throw new AccessRefusedException("access-denied");
        }
        List<CsvTable.Row> table = CsvTable.parse(text(csv));
        if (table.size() < 2) {
            throw new InvalidFieldException("file", "registry.csv-empty");
        }
        if (table.size() - 1 > MAX_ROWS) {
            throw new InvalidFieldException("file", "registry.csv-too-many", MAX_ROWS);
        }
        EntryCsvRow.Columns columns = EntryCsvRow.Columns.of(table.get(0).cells());
        Locale locale = LocaleContextHolder.getLocale();
        List<CsvImportReport.RejectedRow> rejected = new ArrayList<>();
        for (CsvTable.Row row : table.subList(1, table.size())) {
            try {
                entries.register(EntryCsvRow.registration(columns, row), actor);
            } catch (DomainException e) {
                String column = e instanceof FieldProblem field ? EntryCsvRow.columnOf(field.field()) : "";
                rejected.add(new CsvImportReport.RejectedRow(
                        row.line(),
                        column,
                        messages.getMessage("problem." + e.code() + ".detail", e.arguments(), e.code(), locale)));
            }
        }
        if (!rejected.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new CsvImportReport(table.size() - 1, 0, List.copyOf(rejected));
        }
        return new CsvImportReport(table.size() - 1, table.size() - 1, List.of());
    }

    private static String text(InputStream csv) {
        try {
            byte[] bytes = csv.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidFieldException("file", "registry.csv-too-large", MAX_BYTES / (1024 * 1024));
            }
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidFieldException("file", "registry.csv-encoding");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
