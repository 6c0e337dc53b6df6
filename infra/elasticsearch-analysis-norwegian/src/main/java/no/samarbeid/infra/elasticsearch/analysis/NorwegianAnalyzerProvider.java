package no.samarbeid.infra.elasticsearch.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;

/**
 * The {@code norwegian} analyzer: Lucene's {@link NorwegianAnalyzer} (standard tokenizer, lowercase, Norwegian stop
 * words, Snowball stemming), with the {@code stopwords}, {@code stopwords_path} and {@code stem_exclusion} settings.
 */
final class NorwegianAnalyzerProvider extends AbstractIndexAnalyzerProvider<NorwegianAnalyzer> {

    private final NorwegianAnalyzer analyzer;

    NorwegianAnalyzerProvider(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
        analyzer = new NorwegianAnalyzer(
                Analysis.parseStopWords(environment, settings, NorwegianAnalyzer.getDefaultStopSet()),
                Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET));
    }

    @Override
    public NorwegianAnalyzer get() {
        return analyzer;
    }
}
