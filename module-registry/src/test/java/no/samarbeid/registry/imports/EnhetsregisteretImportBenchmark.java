package no.samarbeid.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test: streams a generated bulk download of 1.2 million {@code enheter} (Enhetsregisteret's shape)
 * through the reader and the candidate filter under {@code -Xmx256m}, and reports the rate and the peak heap. Skipped
 * in the normal build; run it with
 * {@code ./mvnw -B -pl module-registry -am test -Dtest=EnhetsregisteretImportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dsamarbeid.benchmark=true -DargLine=-Xmx256m}.
 */
@EnabledIfSystemProperty(named = "samarbeid.benchmark", matches = "true")
class EnhetsregisteretImportBenchmark {

    private static final int ENTRIES = 1_200_000;

    @TempDir
    Path directory;

    @Test
    void streamsOnePointTwoMillionEnheterWithFlatMemory() throws IOException {
        Path file = directory.resolve("enheter-SYNTETISK.json.gz");
        generate(file);
        System.gc();
        resetPeaks();
        var filter = new CandidateFilter(List.of("AS", "FLI", "STI", "SA"), List.of("88.9"), null);
        long[] candidates = {0};
        long started = System.nanoTime();
        long read;
        try (InputStream in = Files.newInputStream(file)) {
            read = EnhetReader.read(in, enhet -> {
                if (filter.accepts(enhet)) {
                    candidates[0]++;
                }
            });
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = peakHeap();
        System.out.printf(
                "Enhetsregisteret import benchmark: %,d enheter (%,d MB gzip) in %.1f s = %,.0f/s; %,d candidates;"
                        + " peak heap %,d MB of max %,d MB%n",
                read,
                Files.size(file) >> 20,
                seconds,
                read / seconds,
                candidates[0],
                peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        assertThat(read).isEqualTo(ENTRIES);
    }

    private static void generate(Path file) throws IOException {
        String[] forms = {"AS", "ENK", "FLI", "STI", "SA", "ANS"};
        String[] industries = {"88.991", "47.110", "85.599", "68.209", "88.995", "56.101"};
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 65_536);
                Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('[');
            for (int i = 0; i < ENTRIES; i++) {
                if (i > 0) {
                    writer.write(',');
                }
                String number = String.valueOf(100_000_000 + i);
                writer.write("{\"organisasjonsnummer\":\"" + number + "\",\"navn\":\"SYNTETISK ENHET " + i
                        + "\",\"organisasjonsform\":{\"kode\":\"" + forms[i % forms.length]
                        + "\",\"beskrivelse\":\"x\"},\"registreringsdatoEnhetsregisteret\":\"2019-03-14\","
                        + "\"naeringskode1\":{\"kode\":\"" + industries[i % industries.length]
                        + "\",\"beskrivelse\":\"x\"},\"antallAnsatte\":" + (i % 50)
                        + ",\"forretningsadresse\":{\"land\":\"Norge\",\"landkode\":\"NO\",\"postnummer\":\"0150\","
                        + "\"poststed\":\"OSLO\",\"adresse\":[\"Syntetisk gate " + i + "\"],\"kommune\":\"OSLO\","
                        + "\"kommunenummer\":\"0301\"},\"konkurs\":" + (i % 97 == 0) + ",\"underAvvikling\":false,"
                        + "\"maalform\":\"Bokmål\"}");
            }
            writer.write(']');
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
