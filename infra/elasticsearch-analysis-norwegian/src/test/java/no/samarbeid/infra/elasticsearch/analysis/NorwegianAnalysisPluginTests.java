package no.samarbeid.infra.elasticsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.common.settings.Settings;
import org.junit.jupiter.api.Test;

class NorwegianAnalysisPluginTests {

    private final NorwegianAnalysisPlugin plugin = new NorwegianAnalysisPlugin();

    @Test
    void registersTheNamesOfAFullDistribution() {
        assertEquals(
                java.util.Set.of("stemmer", "lowercase", "asciifolding"),
                plugin.getTokenFilters().keySet());
        assertEquals(java.util.Set.of("norwegian"), plugin.getAnalyzers().keySet());
        assertEquals(true, plugin.getTokenFilters().get("stemmer").requiresAnalysisSettings());
    }

    @Test
    void norwegianAnalyzerDropsStopWordsAndStemsSamarbeideLikeSamarbeid() throws IOException {
        Analyzer analyzer = new NorwegianAnalyzerProvider(null, null, "norwegian", Settings.EMPTY).get();
        assertEquals(List.of("samarbeid", "arbeidstrening"), tokens(analyzer, "Samarbeid om arbeidstrening"));
        assertEquals(List.of("samarbeid"), tokens(analyzer, "samarbeide"));
    }

    @Test
    void norwegianAnalyzerTakesCustomStopWords() throws IOException {
        Settings settings =
                Settings.builder().putList("stopwords", "arbeidstrening").build();
        Analyzer analyzer = new NorwegianAnalyzerProvider(null, null, "custom", settings).get();
        assertEquals(List.of("samarbeid", "om"), tokens(analyzer, "Samarbeid om arbeidstrening"));
    }

    @Test
    void lightNorwegianStemmerJoinsInflections() throws IOException {
        UnaryOperator<TokenStream> stemmer = stemmer("light_norwegian");
        assertEquals(
                List.of("samarbeid", "samarbeid", "samarbeid", "kommun", "kommun"),
                tokens("samarbeid samarbeide samarbeidet kommunen kommuner", stemmer));
    }

    @Test
    void lightNynorskStemmerJoinsInflections() throws IOException {
        assertEquals(List.of("kommun", "kommun"), tokens("kommunane kommunen", stemmer("light_nynorsk")));
    }

    @Test
    void snowballAndMinimalStemmersAreAvailable() throws IOException {
        assertEquals(List.of("samarbeid"), tokens("samarbeide", stemmer("norwegian")));
        assertEquals(List.of("kommun"), tokens("kommuner", stemmer("minimal_norwegian")));
        assertEquals(List.of("kommun"), tokens("kommunar", stemmer("minimal_nynorsk")));
    }

    @Test
    void unsupportedStemmerLanguageIsRejectedClearly() {
        Settings settings = Settings.builder().put("language", "english").build();
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new StemmerTokenFilterFactory(null, null, "en", settings));
        assertEquals(true, e.getMessage().contains("[english]"), e.getMessage());
    }

    @Test
    void asciiFoldingFoldsNorwegianLettersAndCanKeepTheOriginal() throws IOException {
        var plain = new AsciiFoldingTokenFilterFactory(null, null, "fold", Settings.EMPTY);
        assertEquals(List.of("blabaerbat"), tokens("blåbærbåt", plain::create));
        var preserving = new AsciiFoldingTokenFilterFactory(
                null,
                null,
                "fold",
                Settings.builder().put("preserve_original", true).build());
        assertEquals(List.of("blabaerbat", "blåbærbåt"), tokens("blåbærbåt", preserving::create));
        assertEquals(List.of("blabaerbat"), tokens("blåbærbåt", preserving::normalize));
    }

    @Test
    void lowercaseFilterLowercases() throws IOException {
        var lowercase = new LowercaseTokenFilterFactory(null, null, "lowercase", Settings.EMPTY);
        assertEquals(List.of("østfold"), tokens("ØSTFOLD", lowercase::create));
    }

    private static UnaryOperator<TokenStream> stemmer(String language) {
        return new StemmerTokenFilterFactory(
                null,
                null,
                language,
                Settings.builder().put("language", language).build())::create;
    }

    /** Standard tokenizer, lowercase, then the filter under test. */
    private static List<String> tokens(String text, UnaryOperator<TokenStream> filter) throws IOException {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        return collect(filter.apply(new LowerCaseFilter(tokenizer)));
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        return collect(analyzer.tokenStream("field", text));
    }

    private static List<String> collect(TokenStream stream) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
