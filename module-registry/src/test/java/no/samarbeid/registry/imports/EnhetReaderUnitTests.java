package no.samarbeid.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import no.samarbeid.core.web.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** The streaming reader on the synthetic fixture in Enhetsregisteret's exact shape, and the candidate filter. */
class EnhetReaderUnitTests {

    static byte[] gzip(byte[] json) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(json);
        }
        return bytes.toByteArray();
    }

    static InputStream fixture() throws IOException {
        try (InputStream in =
                EnhetReaderUnitTests.class.getResourceAsStream("/enhetsregisteret/enheter-SYNTETISK.json")) {
            return new ByteArrayInputStream(gzip(in.readAllBytes()));
        }
    }

    @Test
    void readsEveryEnhetWithItsFormIndustryAddressAndFlags() throws IOException {
        List<Enhet> read = new ArrayList<>();
        long count = EnhetReader.read(fixture(), read::add);

        assertThat(count).isEqualTo(6);
        Enhet first = read.get(0);
        assertThat(first.organisasjonsnummer()).isEqualTo("100000059");
        assertThat(first.navn()).isEqualTo("SYNTETISK Arbeidstrening Øst AS");
        assertThat(first.form()).isEqualTo("AS");
        assertThat(first.industry()).isEqualTo("88.991");
        assertThat(first.municipality()).isEqualTo("0301");
        assertThat(read.get(3).konkurs()).isTrue();
    }

    @Test
    void theFilterOffersActiveOrganisationsWithValidNumbersByFormIndustryAndMunicipality() throws IOException {
        List<String> offered = new ArrayList<>();
        var filter = new CandidateFilter(List.of("AS", "STI"), List.of("88.9"), null);
        EnhetReader.read(fixture(), enhet -> {
            if (filter.accepts(enhet)) {
                offered.add(enhet.organisasjonsnummer());
            }
        });
        // Not: the association (FLI), the bankrupt AS, the real-estate AS (68.209), the wrong check digit.
        assertThat(offered).containsExactly("100000059", "100000091");

        List<String> inOslo = new ArrayList<>();
        var oslo = new CandidateFilter(List.of(), List.of(), "0301");
        EnhetReader.read(fixture(), enhet -> {
            if (oslo.accepts(enhet)) {
                inOslo.add(enhet.organisasjonsnummer());
            }
        });
        assertThat(inOslo).containsExactly("100000059", "100000148");
    }

    @Test
    void aFileThatIsNotAGzipJsonArrayIsRefusedNamingTheFile() throws IOException {
        assertThatThrownBy(() -> EnhetReader.read(new ByteArrayInputStream("[]".getBytes()), e -> {}))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("file"));
        assertThatThrownBy(() -> EnhetReader.read(new ByteArrayInputStream(gzip("{\"a\":1}".getBytes())), e -> {}))
                .isInstanceOf(InvalidFieldException.class);
    }
}
