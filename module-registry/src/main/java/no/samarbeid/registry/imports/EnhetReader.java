package no.samarbeid.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import no.samarbeid.core.web.InvalidFieldException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Enhetsregisteret's bulk download (a gzip JSON array of {@code enheter}) one object at a time with Jackson's
 * streaming parser, so memory stays flat however large the file is.
 */
final class EnhetReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // One element of the array at a time: the rest of the array follows each.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private EnhetReader() {}

    /** Gives each {@code enhet} of the gzip stream to {@code each}; returns how many were read. */
    static long read(InputStream gzip, Consumer<Enhet> each) {
        long count = 0;
        try (InputStream in = new GZIPInputStream(gzip, 65_536);
                JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidFieldException("file", "registry.import-format");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                each.accept(JSON.readValue(parser, Enhet.class));
                count++;
            }
        } catch (IOException e) {
            throw new InvalidFieldException("file", "registry.import-format");
        } catch (JacksonException e) {
            throw new InvalidFieldException("file", "registry.import-format");
        }
        return count;
    }
}
