package no.samarbeid.workshops.live;

import java.util.function.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Sends this instance's presence reports to the other instances (its own producer, closed with the app). */
final class PresenceReporter implements Consumer<PresenceReport>, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PresenceReporter.class);

    private final DefaultKafkaProducerFactory<String, String> producers;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;

    PresenceReporter(KafkaProperties properties, JsonMapper json) {
        this.producers = new DefaultKafkaProducerFactory<>(
                properties.buildProducerProperties(), new StringSerializer(), new StringSerializer());
        this.kafka = new KafkaTemplate<>(producers);
        this.json = json;
    }

    @Override
    public void accept(PresenceReport report) {
        kafka.send(new ProducerRecord<>(
                        PresenceConfiguration.TOPIC, report.tableId().toString(), json.writeValueAsString(report)))
                .exceptionally(failed -> {
                    LOG.debug("Presence report not sent: {}", failed.toString());
                    return null;
                });
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
