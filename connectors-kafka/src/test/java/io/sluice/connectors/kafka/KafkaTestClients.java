package io.sluice.connectors.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/** Plain Kafka clients for tests: what a test writes before a job reads, and what a user reads after a job wrote. */
final class KafkaTestClients {
  private KafkaTestClients() {}

  /** Writes string records (key may be null, value null for a tombstone) to one partition, in order. */
  static void produce(String topic, int partition, List<String[]> keyAndValues) {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", EmbeddedKafka.get().bootstrapServers());
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
      for (String[] record : keyAndValues) {
        producer.send(new ProducerRecord<>(topic, partition, record[0], record[1]));
      }
      producer.flush();
    }
  }

  /** Writes values without key to partition 0, value {@code i} with timestamp {@code timestamps[i]}. */
  static void produceAt(String topic, List<String> values, long[] timestamps) {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", EmbeddedKafka.get().bootstrapServers());
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
      for (int i = 0; i < values.size(); i++) {
        producer.send(new ProducerRecord<>(topic, 0, timestamps[i], null, values.get(i)));
      }
      producer.flush();
    }
  }

  /** Writes values without key to one partition. */
  static void produceValues(String topic, int partition, List<String> values) {
    produce(topic, partition, values.stream().map(v -> new String[] {null, v}).toList());
  }

  /**
   * Every record of the topic up to its current end, as a consumer with this isolation level sees it
   * ({@code read_committed} or {@code read_uncommitted}).
   */
  static List<ConsumerRecord<String, String>> readAll(String topic, String isolationLevel) {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", EmbeddedKafka.get().bootstrapServers());
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel);
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10000");
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo info : consumer.partitionsFor(topic)) {
        partitions.add(new TopicPartition(topic, info.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      // For read_committed the end offsets are the last stable offsets: open transactions are not waited for.
      Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
      end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
      while (!end.isEmpty()) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
          records.add(record);
        }
        end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
      }
    }
    return records;
  }

  /**
   * What a {@code read_committed} consumer reads once it has at least {@code count} records. A commit returns
   * before the broker has written its markers into the partitions, so the records become readable a little later.
   */
  static List<ConsumerRecord<String, String>> awaitCommitted(String topic, int count) {
    List<List<ConsumerRecord<String, String>>> read = new ArrayList<>();
    Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
      read.clear();
      read.add(readAll(topic, "read_committed"));
      return read.get(0).size() >= count;
    });
    return read.get(0);
  }

  static List<String> values(List<ConsumerRecord<String, String>> records) {
    return records.stream().map(ConsumerRecord::value).toList();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
