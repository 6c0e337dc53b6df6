package no.samarbeid.infra.elasticsearch.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Norwegian analysis for an Elasticsearch node built from Maven Central jars, which lacks the
 * {@code analysis-common} module. Registers what a Norwegian index template needs under the names a full
 * distribution uses: the {@code norwegian} analyzer and the {@code stemmer}, {@code lowercase} and
 * {@code asciifolding} token filters. The {@code stop} filter (with {@code _norwegian_}) and the pre-configured
 * {@code lowercase} filter already come with the server.
 */
public final class NorwegianAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "stemmer", AnalysisPlugin.requiresAnalysisSettings(StemmerTokenFilterFactory::new),
                "lowercase", LowercaseTokenFilterFactory::new,
                "asciifolding", AsciiFoldingTokenFilterFactory::new);
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("norwegian", NorwegianAnalyzerProvider::new);
    }
}
