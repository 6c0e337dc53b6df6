package no.samarbeid.infra.elasticsearch.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * The {@code lowercase} token filter type, for filters declared in index settings (the bare name already works as
 * the server's pre-configured filter). Only the default language is supported.
 */
final class LowercaseTokenFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

    LowercaseTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
        String language = settings.get("language");
        if (language != null) {
            throw new IllegalArgumentException("lowercase language [" + language + "] of filter [" + name
                    + "] is not supported by the analysis-norwegian plugin");
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new LowerCaseFilter(tokenStream);
    }
}
