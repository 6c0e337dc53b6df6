package no.samarbeid.infra.elasticsearch;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

/**
 * Runs one real Elasticsearch node in this JVM until the process is terminated, then closes it cleanly. The home
 * (default: the parent of the {@code lib/} folder holding this jar) has {@code lib/}, {@code modules/},
 * {@code plugins/} and {@code config/}. Settings come as {@code -Ekey=value} arguments over these defaults: a
 * single-node cluster {@code samarbeid-local} on 127.0.0.1, HTTP port 9200, transport port 9300, no disk watermarks.
 */
public final class ElasticsearchNode {

    private static final Map<String, String> DEFAULTS = Map.of(
            "cluster.name", "samarbeid-local",
            "node.name", "samarbeid-local",
            "discovery.type", "single-node",
            "network.host", "127.0.0.1",
            "http.port", "9200",
            "transport.port", "9300",
            "cluster.routing.allocation.disk.threshold_enabled", "false");

    private ElasticsearchNode() {}

    public static void main(String[] args) throws Exception {
        // Log4j must stay up while the node closes in our shutdown hook; we stop it ourselves afterwards.
        System.setProperty("log4j.shutdownHookEnabled", "false");
        System.setProperty("log4j2.disable.jmx", "true");
        LogConfigurator.registerErrorListener();

        Environment environment =
                InternalSettingsPreparer.prepareEnvironment(settings(args), Map.of(), null, () -> "samarbeid-local");
        LogConfigurator.setNodeName(Node.NODE_NAME_SETTING.get(environment.settings()));
        LogConfigurator.configure(environment, true);

        PluginsLoader plugins = PluginsLoader.createPluginsLoader(
                PluginsLoader.loadModulesBundles(environment.modulesDir()),
                PluginsLoader.loadPluginsBundles(environment.pluginsDir()),
                Map.of(),
                false);
        Node node = new Node(environment, plugins);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node, closed), "elasticsearch-shutdown"));
        node.start();
        closed.await();
    }

    /** The defaults, then {@code path.home}, then the {@code -Ekey=value} arguments. */
    static Settings settings(String... args) throws URISyntaxException {
        Settings.Builder settings = Settings.builder();
        DEFAULTS.forEach(settings::put);
        settings.put("path.home", defaultHome().toString());
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("-E") || equals < 3) {
                throw new IllegalArgumentException("expected -Ekey=value, got '" + arg + "'");
            }
            settings.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return settings.build();
    }

    private static Path defaultHome() throws URISyntaxException {
        Path jar = Path.of(ElasticsearchNode.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return jar.toAbsolutePath().getParent().getParent();
    }

    private static void close(Node node, CountDownLatch closed) {
        try {
            node.prepareForClose();
            node.close();
            if (!node.awaitClose(10, TimeUnit.SECONDS)) {
                LogManager.getLogger(ElasticsearchNode.class).warn("node did not close within 10 s");
            }
        } catch (Exception e) {
            LogManager.getLogger(ElasticsearchNode.class).error("failed to close the node", e);
        } finally {
            Configurator.shutdown((LoggerContext) LogManager.getContext(false));
            closed.countDown();
        }
    }
}
