package no.samarbeid.workshops.sheets.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import no.samarbeid.core.web.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class SketchPhotoUnitTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16};

    @Test
    void acceptsPngAndJpegWhoseContentMatchesTheType() {
        assertThat(SketchPhoto.of("image/png", PNG).contentType()).isEqualTo("image/png");
        assertThat(SketchPhoto.of("IMAGE/JPEG; charset=binary", JPEG).contentType())
                .isEqualTo("image/jpeg");
    }

    @Test
    void refusesOtherTypesWith415() {
        assertThatThrownBy(() -> SketchPhoto.of("image/gif", PNG))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE))
                .hasMessage("sheets.photo-type");
        assertThatThrownBy(() -> SketchPhoto.of(null, PNG)).hasMessage("sheets.photo-type");
    }

    @Test
    void refusesContentThatIsNotWhatItClaims() {
        assertThatThrownBy(() -> SketchPhoto.of("image/png", JPEG)).hasMessage("sheets.photo-content");
        assertThatThrownBy(() -> SketchPhoto.of("image/jpeg", PNG)).hasMessage("sheets.photo-content");
        assertThatThrownBy(() -> SketchPhoto.of("image/png", new byte[0])).hasMessage("sheets.photo-content");
        assertThatThrownBy(() -> SketchPhoto.of("image/png", "<svg/>".getBytes()))
                .hasMessage("sheets.photo-content");
    }

    @Test
    void refusesMoreThanFiveMegabytesWith413() {
        byte[] large = Arrays.copyOf(PNG, SketchPhoto.MAX_BYTES + 1);

        assertThatThrownBy(() -> SketchPhoto.of("image/png", large))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE))
                .hasMessage("sheets.photo-too-large");
        assertThat(SketchPhoto.of("image/png", Arrays.copyOf(PNG, SketchPhoto.MAX_BYTES))
                        .content())
                .hasSize(SketchPhoto.MAX_BYTES);
    }
}
