package no.samarbeid.workshops.sheets.partners;

import java.util.Arrays;
import java.util.Locale;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** A photo of a sketch's drawing: PNG or JPEG, at most 5 MB, its content starting with its format's signature. */
public record SketchPhoto(String contentType, byte[] content) {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    /** A photo as uploaded with its declared content type (parameters ignored), checked against its content. */
    public static SketchPhoto of(@Nullable String declaredType, byte[] content) {
        String type = requireType(declaredType);
        requireSize(content.length);
        byte[] signature = type.equals(PNG) ? PNG_SIGNATURE : JPEG_SIGNATURE;
        if (content.length < signature.length
                || !Arrays.equals(content, 0, signature.length, signature, 0, signature.length)) {
            throw new InvalidInputException("sheets.photo-content", type);
        }
        return new SketchPhoto(type, content);
    }

    /** The declared type, if it is PNG or JPEG; else 415. */
    static String requireType(@Nullable String declaredType) {
        String type = declaredType == null
                ? ""
                : declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals(PNG) && !type.equals(JPEG)) {
            throw new UnsupportedTypeException();
        }
        return type;
    }

    /** Refuses more than 5 MB (413). */
    public static void requireSize(long bytes) {
        if (bytes > MAX_BYTES) {
            throw new TooLargeException();
        }
    }

    /** More than 5 MB (413). */
    static final class TooLargeException extends DomainException {
        TooLargeException() {
            super(HttpStatus.CONTENT_TOO_LARGE, "sheets.photo-too-large", MAX_BYTES / (1024 * 1024));
        }
    }

    /** Neither PNG nor JPEG (415). */
    static final class UnsupportedTypeException extends DomainException {
        UnsupportedTypeException() {
            super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "sheets.photo-type");
        }
    }
}
