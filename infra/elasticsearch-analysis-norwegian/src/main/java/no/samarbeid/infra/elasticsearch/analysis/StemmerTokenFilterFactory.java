package no.samarbeid.infra.elasticsearch.analysis;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.ext.NorwegianStemmer;

/**
 * The {@code stemmer} token filter for the Norwegian languages of a full Elasticsearch: {@code light_norwegian},
 * {@code light_nynorsk}, {@code minimal_norwegian}, {@code minimal_nynorsk} and {@code norwegian} (Snowball).
 */
final class StemmerTokenFilterFactory extends AbstractTokenFilterFactory {

    static final List<String> LANGUAGES =
            List.of("light_norwegian", "light_nynorsk", "minimal_norwegian", "minimal_nynorsk", "norwegian");

    private final String language;

    StemmerTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
        language = settings.get("language", settings.get("name", "porter"));
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("stemmer language [" + language + "] of filter [" + name
                    + "] is not supported by the analysis-norwegian plugin; use one of " + LANGUAGES);
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return switch (language) {
            case "light_norwegian" -> new NorwegianLightStemFilter(tokenStream);
            case "light_nynorsk" -> new NorwegianLightStemFilter(tokenStream, NorwegianLightStemmer.NYNORSK);
            case "minimal_norwegian" -> new NorwegianMinimalStemFilter(tokenStream);
            case "minimal_nynorsk" -> new NorwegianMinimalStemFilter(tokenStream, NorwegianLightStemmer.NYNORSK);
            default -> new SnowballFilter(tokenStream, new NorwegianStemmer());
        };
    }
}
