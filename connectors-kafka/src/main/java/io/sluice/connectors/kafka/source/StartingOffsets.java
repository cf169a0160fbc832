package io.sluice.connectors.kafka.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;

/** Resolves where a reader starts in partitions its checkpoint does not cover, by {@code 'scan.startup.mode'}. */
final class StartingOffsets {
  private StartingOffsets() {}

  /** The offset of the first record to read in each partition. */
  static Map<TopicPartition, Long> resolve(KafkaSourceSpec spec, Consumer<?, ?> consumer,
      Collection<TopicPartition> partitions) {
    Map<TopicPartition, Long> offsets = new HashMap<>();
    if (partitions.isEmpty()) {
      return offsets;
    }
    Map<TopicPartition, Long> earliest = consumer.beginningOffsets(partitions);
    Map<TopicPartition, Long> latest = consumer.endOffsets(partitions);
    switch (spec.startupMode()) {
      case EARLIEST_OFFSET -> offsets.putAll(earliest);
      case LATEST_OFFSET -> offsets.putAll(latest);
      case TIMESTAMP -> {
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(p -> query.put(p, spec.startupTimestamp()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query);
        for (TopicPartition p : partitions) {
          OffsetAndTimestamp hit = found.get(p);
          offsets.put(p, hit == null ? latest.get(p) : hit.offset());
        }
      }
      case SPECIFIC_OFFSETS -> {
        for (TopicPartition p : partitions) {
          offsets.put(p, spec.specificOffsets().getOrDefault(p.partition(), earliest.get(p)));
        }
      }
      case GROUP_OFFSETS -> {
        // Checked here rather than at CREATE TABLE, where a table only written to would be refused.
        if (spec.groupId() == null) {
          throw new IllegalStateException("Table '" + spec.tableName() + "': 'scan.startup.mode' = 'group-offsets' "
              + "(the default) needs 'properties.group.id'; or set 'scan.startup.mode' to 'earliest-offset' or "
              + "'latest-offset'");
        }
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
        String reset = spec.clientProperties().getProperty("auto.offset.reset", "none");
        for (TopicPartition p : partitions) {
          OffsetAndMetadata offset = committed.get(p);
          if (offset != null) {
            offsets.put(p, offset.offset());
          } else if (reset.equals("earliest")) {
            offsets.put(p, earliest.get(p));
          } else if (reset.equals("latest")) {
            offsets.put(p, latest.get(p));
          } else {
            throw new IllegalStateException("Table '" + spec.tableName() + "': consumer group '" + spec.groupId()
                + "' has no committed offset for partition " + p.partition() + " of topic '" + p.topic()
                + "'; set 'properties.auto.offset.reset' to earliest or latest, or another 'scan.startup.mode'");
          }
        }
      }
      default -> throw new IllegalStateException("Unknown startup mode " + spec.startupMode());
    }
    // An offset beyond the partition's end or before its start would make the consumer reset on its own.
    offsets.replaceAll((p, offset) -> Math.max(earliest.get(p), Math.min(offset, latest.get(p))));
    return offsets;
  }

}
