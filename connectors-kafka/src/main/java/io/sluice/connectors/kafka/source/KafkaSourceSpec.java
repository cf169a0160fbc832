package io.sluice.connectors.kafka.source;

import io.sluice.connectors.kafka.BoundedMode;
import io.sluice.connectors.kafka.RecordLayout;
import io.sluice.connectors.kafka.StartupMode;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Everything a Kafka source reader needs, checked when the table was created.
 *
 * @param tableName for messages
 * @param topics the topics to read, or empty when {@code topicPattern} is set
 * @param topicPattern the topics to read by name, or null
 * @param clientProperties the allowed {@code 'properties.*'} (bootstrap servers and group id included)
 * @param startupMode where a partition without checkpointed offset starts
 * @param startupTimestamp for {@link StartupMode#TIMESTAMP}
 * @param specificOffsets for {@link StartupMode#SPECIFIC_OFFSETS}: partition number to offset
 * @param boundedMode whether reading ends
 * @param layout how records map to rows
 * @param upsert whether records are the upserts of a compacted topic (upsert-kafka): a value replaces the row of
 *     its key, a tombstone deletes it
 */
public record KafkaSourceSpec(String tableName, List<String> topics, Pattern topicPattern,
    Properties clientProperties, StartupMode startupMode, Long startupTimestamp, Map<Integer, Long> specificOffsets,
    BoundedMode boundedMode, RecordLayout layout, boolean upsert) {

  public KafkaSourceSpec {
    topics = List.copyOf(topics);
    specificOffsets = Map.copyOf(specificOffsets);
    Properties copy = new Properties();
    copy.putAll(clientProperties);
    clientProperties = copy;
  }

  public String groupId() {
    return clientProperties.getProperty("group.id");
  }
}
