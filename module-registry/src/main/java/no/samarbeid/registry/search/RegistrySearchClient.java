package no.samarbeid.registry.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The registry's own Elasticsearch 8.19 client (the Java API client over the low-level REST client), kept inside the
 * module rather than exposed as a bean, so it neither depends on nor clashes with another module's client.
 */
@Component
class RegistrySearchClient implements DisposableBean {

    private final RestClient rest;
    private final ElasticsearchClient client;

    RegistrySearchClient(@Value("${samarbeid.elasticsearch.url}") String url) {
        this.rest = RestClient.builder(HttpHost.create(url)).build();
        this.client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }

    ElasticsearchClient client() {
        return client;
    }

    RestClient rest() {
        return rest;
    }

    @Override
    public void destroy() throws IOException {
        rest.close();
    }
}
