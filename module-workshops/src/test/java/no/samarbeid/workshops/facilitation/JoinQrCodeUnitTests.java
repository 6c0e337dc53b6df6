package no.samarbeid.workshops.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The join QR code as a phone reads it: the SVG the console shows is drawn into pixels and decoded by zxing's own
 * reader, which must give back exactly the join link, built from the request as the browser reached the app.
 */
class JoinQrCodeUnitTests {

    private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z");
    private static final int SCALE = 4;

    @Test
    void theQrCodeOfTheConsoleDecodesToTheJoinLink() throws Exception {
        String link = "https://samarbeid.example.no/bli-med?kode=ABCDEFGH23";

        String uri = JoinQrCode.dataUri(link);

        assertThat(uri).startsWith("data:image/svg+xml;base64,");
        String svg =
                new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").doesNotContain("style");
        assertThat(decode(svg)).isEqualTo(link);
        assertThat(decode(JoinQrCode.svg(link + "X"))).isNotEqualTo(link);
    }

    @Test
    void theJoinLinkIsAbsoluteAndFollowsTheHeadersOfAProxy() {
        var direct = new MockHttpServletRequest("GET", "/workshops/1/fasilitator");
        direct.setServerName("127.0.0.1");
        direct.setServerPort(8080);
        assertThat(JoinLink.of(direct, "ABCDEFGH23")).isEqualTo("http://127.0.0.1:8080/bli-med?kode=ABCDEFGH23");

        var proxied = new MockHttpServletRequest("GET", "/workshops/1/fasilitator");
        proxied.setServerName("10.0.0.5");
        proxied.setServerPort(8080);
        proxied.addHeader("X-Forwarded-Proto", "https");
        proxied.addHeader("X-Forwarded-Host", "samarbeid.example.no");
        assertThat(JoinLink.of(proxied, "ABCDEFGH23"))
                .isEqualTo("https://samarbeid.example.no/bli-med?kode=ABCDEFGH23");

        var forwarded = new MockHttpServletRequest("GET", "/workshops/1/fasilitator");
        forwarded.addHeader("Forwarded", "proto=https;host=kommune.example.no");
        assertThat(JoinLink.of(forwarded, "ABCDEFGH23"))
                .isEqualTo("https://kommune.example.no/bli-med?kode=ABCDEFGH23");
    }

    /** Draws the SVG's dark runs into black-on-white pixels and reads them as a QR code. */
    static String decode(String svg) throws Exception {
        Matcher size = SIZE.matcher(svg);
        assertThat(size.find()).as("a square viewBox").isTrue();
        int modules = Integer.parseInt(size.group(1));
        int pixels = modules * SCALE;
        int[] argb = new int[pixels * pixels];
        java.util.Arrays.fill(argb, 0xFFFFFFFF);
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int py = y * SCALE; py < (y + 1) * SCALE; py++) {
                for (int px = x * SCALE; px < (x + length) * SCALE; px++) {
                    argb[py * pixels + px] = 0xFF000000;
                }
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, pixels, argb)));
        return new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }
}
