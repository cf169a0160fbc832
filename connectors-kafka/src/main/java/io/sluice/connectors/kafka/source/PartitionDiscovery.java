package io.sluice.connectors.kafka.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/** Lists a table's partitions and deals them out to the parallel readers. */
final class PartitionDiscovery {
  private PartitionDiscovery() {}

  /** The partitions reader {@code subtask} of {@code parallelism} reads: every parallelism-th of the sorted list. */
  static List<TopicPartition> partitionsOf(KafkaSourceSpec spec, Consumer<?, ?> consumer, int subtask,
      int parallelism) {
    List<TopicPartition> all = all(spec, consumer);
    List<TopicPartition> mine = new ArrayList<>();
    for (int i = subtask; i < all.size(); i += parallelism) {
      mine.add(all.get(i));
    }
    return mine;
  }

  static List<TopicPartition> all(KafkaSourceSpec spec, Consumer<?, ?> consumer) {
    List<TopicPartition> partitions = new ArrayList<>();
    if (spec.topicPattern() != null) {
      consumer.listTopics().forEach((topic, infos) -> {
        if (spec.topicPattern().matcher(topic).matches()) {
          infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
      });
    } else {
      for (String topic : spec.topics()) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        if (infos == null || infos.isEmpty()) {
          throw new IllegalStateException("Table '" + spec.tableName() + "': topic '" + topic + "' does not exist");
        }
        infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
      }
    }
    partitions.sort(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
    return partitions;
  }
}
