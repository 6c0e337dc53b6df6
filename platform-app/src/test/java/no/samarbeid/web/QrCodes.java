package no.samarbeid.web;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a QR code the way a phone would: an {@code img} of a page whose {@code src} is an SVG {@code data:} URI of
 * dark runs ({@code M<x> <y>h<n>v1h-<n>z}) is drawn into black-on-white pixels and decoded by zxing's own reader.
 */
final class QrCodes {

    private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z");
    private static final int SCALE = 4;

    private QrCodes() {}

    /** The text of the QR code in the {@code src} of the page's element with the id. */
    static String read(String html, String id) {
        Matcher img = Pattern.compile("<img[^>]*id=\"" + id + "\"[^>]*src=\"data:image/svg\\+xml;base64,([^\"]+)\"")
                .matcher(html);
        if (!img.find()) {
            throw new AssertionError("no img#" + id + " with an SVG data URI");
        }
        return decode(new String(Base64.getDecoder().decode(img.group(1)), StandardCharsets.UTF_8));
    }

    private static String decode(String svg) {
        Matcher size = SIZE.matcher(svg);
        if (!size.find()) {
            throw new AssertionError("no square viewBox: " + svg);
        }
        int pixels = Integer.parseInt(size.group(1)) * SCALE;
        int[] argb = new int[pixels * pixels];
        Arrays.fill(argb, 0xFFFFFFFF);
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int py = y * SCALE; py < (y + 1) * SCALE; py++) {
                Arrays.fill(argb, py * pixels + x * SCALE, py * pixels + (x + length) * SCALE, 0xFF000000);
            }
        }
        try {
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, pixels, argb)));
            return new QRCodeReader()
                    .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                    .getText();
        } catch (com.google.zxing.ReaderException e) {
            throw new AssertionError("not a readable QR code", e);
        }
    }
}
