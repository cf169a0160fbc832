package io.sluice.connectors.kafka.sink;

import io.sluice.connectors.kafka.DeliveryGuarantee;
import io.sluice.connectors.kafka.RecordLayout;
import java.util.Properties;

/**
 * Everything a Kafka sink writer needs, checked when the table was created.
 *
 * @param tableName for messages
 * @param topic the topic written
 * @param clientProperties the allowed {@code 'properties.*'}
 * @param guarantee none, at-least-once or exactly-once
 * @param transactionalIdPrefix for exactly-once: the start of every transactional id the sink uses
 * @param layout how rows map to records
 * @param upsert whether rows are a keyed changelog: deletes become tombstones, update-befores are dropped
 */
public record KafkaSinkSpec(String tableName, String topic, Properties clientProperties,
    DeliveryGuarantee guarantee, String transactionalIdPrefix, RecordLayout layout, boolean upsert) {

  public KafkaSinkSpec {
    Properties copy = new Properties();
    copy.putAll(clientProperties);
    clientProperties = copy;
  }

  /** Producer properties: the table's, with the byte-array serializers set by the writer. */
  Properties producerProperties() {
    Properties properties = new Properties();
    properties.putAll(clientProperties);
    return properties;
  }
}
