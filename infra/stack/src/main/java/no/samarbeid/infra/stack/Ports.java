package no.samarbeid.infra.stack;

/**
 * The stack's ports on 127.0.0.1. Each can be overridden by an environment variable (or a system property of the
 * same name), which the application reads too.
 */
public final class Ports {

    public static final String HOST = "127.0.0.1";

    private Ports() {}

    public static int postgres() {
        return port("SAMARBEID_POSTGRES_PORT", 5433);
    }

    public static int kafka() {
        return port("SAMARBEID_KAFKA_PORT", 9092);
    }

    public static int kafkaController() {
        return port("SAMARBEID_KAFKA_CONTROLLER_PORT", 9093);
    }

    public static int elasticsearch() {
        return port("SAMARBEID_ELASTICSEARCH_PORT", 9200);
    }

    public static int elasticsearchTransport() {
        return port("SAMARBEID_ELASTICSEARCH_TRANSPORT_PORT", 9300);
    }

    public static int keycloak() {
        return port("SAMARBEID_KEYCLOAK_PORT", 8180);
    }

    public static int keycloakManagement() {
        return port("SAMARBEID_KEYCLOAK_MANAGEMENT_PORT", 8181);
    }

    static int port(String name, int fallback) {
        String value = System.getProperty(name, System.getenv(name));
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number (1-65535), was '" + value + "'");
        }
    }
}
