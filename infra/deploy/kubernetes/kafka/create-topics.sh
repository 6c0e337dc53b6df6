#!/bin/sh
# Creates the platform's Kafka topics (the brokers create none on first use) and sets their configuration; safe to
# run again. The same topics and retention as the local stack's KafkaTopics (infra/stack), documented in
# docs/events.md; DeployManifestsUnitTests (platform-app) checks this list against KafkaTopics.
#   BOOTSTRAP    the brokers, e.g. kafka:9092
#   PARTITIONS   partitions of the event and dead-letter topics (12 in Kubernetes, 6 on a single server)
#   REPLICATION  replicas of every partition (3 in Kubernetes, 1 on a single server)
#   MIN_ISR      min.insync.replicas (2 in Kubernetes, 1 on a single server)
set -eu
KAFKA_BIN=${KAFKA_BIN:-/opt/kafka/bin}

topic() { # name retention-ms [partitions]
  "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$1" \
    --partitions "${3:-$PARTITIONS}" --replication-factor "$REPLICATION" \
    --config cleanup.policy=delete --config retention.ms="$2" --config min.insync.replicas="$MIN_ISR"
  "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --alter --entity-type topics --entity-name "$1" \
    --add-config "cleanup.policy=delete,retention.ms=$2,min.insync.replicas=$MIN_ISR"
}

# Domain events, keyed by tenant: 30 days.
topic samarbeid.core 2592000000
topic samarbeid.workshops 2592000000
topic samarbeid.registry 2592000000
topic samarbeid.impact 2592000000
# Dead letters of each consumer group (<topic>.<group>.dlt), waiting for an operator's replay: 90 days.
topic samarbeid.workshops.reporting.dlt 7776000000
topic samarbeid.core.reporting.dlt 7776000000
topic samarbeid.impact.reporting.dlt 7776000000
topic samarbeid.workshops.impact.dlt 7776000000
topic samarbeid.workshops.registry.dlt 7776000000
topic samarbeid.core.registry.dlt 7776000000
topic samarbeid.impact.workshops-followup.dlt 7776000000
# The live board's presence reports: one partition, 10 minutes.
topic samarbeid.presence 600000 1
