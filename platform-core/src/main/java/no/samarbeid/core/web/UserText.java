package no.samarbeid.core.web;

import org.jspecify.annotations.Nullable;

/**
 * The one cleaning of text people type (notes, names, titles, answers): control characters and Unicode bidi
 * embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069, which can make a note or a name read differently
 * from what it holds, "Trojan Source") are removed. {@link #clean} keeps line breaks and tabs for multi-line text
 * ({@code \r\n} and {@code \r} become {@code \n}); {@link #line} is for one-line names and titles and turns them into
 * spaces. Every JSON request body and every form field passes {@link #clean} centrally ({@code UserTextCleaning}).
 */
public final class UserText {

    private UserText() {}

    /** The text without control and bidi formatting characters, line breaks and tabs kept. */
    public static @Nullable String clean(@Nullable String text) {
        if (text == null || !needsCleaning(text)) {
            return text;
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder cleaned = new StringBuilder(lines.length());
        lines.codePoints().filter(c -> c == '\n' || c == '\t' || !removed(c)).forEach(cleaned::appendCodePoint);
        return cleaned.toString();
    }

    /** One line: {@link #clean}, with line breaks and tabs as spaces, trimmed. */
    public static String line(String text) {
        String cleaned = clean(text);
        return cleaned == null
                ? ""
                : cleaned.replace('\n', ' ').replace('\t', ' ').strip();
    }

    private static boolean needsCleaning(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || (c != '\n' && c != '\t' && removed(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean removed(int c) {
        return Character.getType(c) == Character.CONTROL // C0, DEL and C1
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
