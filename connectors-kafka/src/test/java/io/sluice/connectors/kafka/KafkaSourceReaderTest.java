package io.sluice.connectors.kafka;

import static io.sluice.connectors.kafka.KafkaTables.ID_NAME;
import static io.sluice.connectors.kafka.KafkaTables.REGISTRY;
import static io.sluice.connectors.kafka.KafkaTables.context;
import static io.sluice.connectors.kafka.KafkaTables.options;
import static io.sluice.connectors.kafka.KafkaTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.Row;
import io.sluice.connectors.kafka.source.KafkaSourceReader;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.RestoredState;
import io.sluice.executor.api.SourceFactory;
import io.sluice.executor.api.SourceReader;
import io.sluice.executor.api.WatermarkStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Kafka source readers against a real broker: partitions, checkpointed offsets, commits, bad records. */
class KafkaSourceReaderTest {
  private final EmbeddedKafka kafka = EmbeddedKafka.get();

  @Test
  void readersSplitThePartitionsAndTogetherReadEveryRecordOnce() throws Exception {
    String topic = fill("split", 3, 100);
    SourceFactory factory = source(topic, "scan.bounded.mode", "latest-offset");

    List<Row> rows = new ArrayList<>();
    for (int subtask = 0; subtask < 2; subtask++) {
      SourceReader reader = factory.create();
      reader.open(context(subtask, 2));
      rows.addAll(readToEnd(reader));
      reader.close();
    }

    assertThat(ids(rows)).containsExactlyInAnyOrderElementsOf(range(0, 300));
  }

  @Test
  void aReaderRestoredFromACheckpointResumesAtTheRecordedOffsetsEvenAtAnotherParallelism() throws Exception {
    String topic = fill("restore", 3, 100);
    SourceFactory factory = source(topic);
    List<Row> before = new ArrayList<>();
    List<byte[]> states = new ArrayList<>();
    for (int subtask = 0; subtask < 2; subtask++) {
      SourceReader reader = factory.create();
      reader.open(context(subtask, 2));
      // Read some of the records, then checkpoint between two polls, as the runtime does.
      for (int polls = 0; polls < 3; polls++) {
        before.addAll(poll(reader));
      }
      states.add(((KafkaSourceReader) reader).snapshotState(1));
      reader.close();
    }
    // More records arrive while the job is down.
    for (int partition = 0; partition < 3; partition++) {
      KafkaTestClients.produceValues(topic, partition,
          IntStream.range(0, 50).mapToObj(i -> (1000 + i) + ",late").toList());
    }

    List<Row> after = new ArrayList<>();
    SourceFactory bounded = source(topic, "scan.bounded.mode", "latest-offset");
    for (int subtask = 0; subtask < 3; subtask++) {
      KafkaSourceReader reader = (KafkaSourceReader) bounded.create();
      reader.initializeState(RestoredState.assign(states, subtask, 3));
      reader.open(context(subtask, 3));
      after.addAll(readToEnd(reader));
      reader.close();
    }

    List<Long> all = new ArrayList<>(ids(before));
    all.addAll(ids(after));
    List<Long> expected = new ArrayList<>(range(0, 300));
    for (int partition = 0; partition < 3; partition++) {
      IntStream.range(0, 50).forEach(i -> expected.add(1000L + i));
    }
    assertThat(all).as("no gap, no repeat").containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void offsetsAreCommittedToTheGroupWhenTheCheckpointCompletes() throws Exception {
    String topic = fill("commit", 1, 100);
    String group = KafkaTables.newTopic("group");
    KafkaSourceReader reader = (KafkaSourceReader) source(topic, "properties.group.id", group).create();
    reader.open(context(0, 1));
    List<Row> rows = new ArrayList<>();
    while (rows.size() < 100) {
      rows.addAll(poll(reader));
    }
    reader.snapshotState(7);
    assertThat(committed(group)).isEmpty();

    reader.notifyCheckpointComplete(7);
    Awaitility.await().untilAsserted(() -> {
      reader.pollNext(new CollectingOutput()); // async commits complete on the consumer's thread
      assertThat(committed(group)).containsEntry(new TopicPartition(topic, 0), new OffsetAndMetadata(100));
    });
    reader.close();

    // A new reader of the group starts where the group is.
    KafkaTestClients.produceValues(topic, 0, List.of("100,next"));
    SourceReader next = source(topic, "properties.group.id", group, "scan.startup.mode", "group-offsets",
        "scan.bounded.mode", "latest-offset").create();
    next.open(context(0, 1));
    assertThat(ids(readToEnd(next))).containsExactly(100L);
    next.close();
  }

  @Test
  void theStartupModesChooseTheFirstRecord() throws Exception {
    String topic = KafkaTables.newTopic("startup");
    kafka.createTopic(topic, 1);
    KafkaTestClients.produceAt(topic, IntStream.range(0, 10).mapToObj(i -> i + ",n").toList(),
        LongStream.range(0, 10).map(i -> 1_000_000 + i * 1000).toArray());

    assertThat(readBounded(topic, "scan.startup.mode", "specific-offsets",
        "scan.startup.specific-offsets", "partition:0,offset:7")).containsExactly(7L, 8L, 9L);
    assertThat(readBounded(topic, "scan.startup.mode", "timestamp",
        "scan.startup.timestamp-millis", "1005000")).containsExactly(5L, 6L, 7L, 8L, 9L);
    assertThat(readBounded(topic, "scan.startup.mode", "latest-offset")).isEmpty();
    assertThat(readBounded(topic, "scan.startup.mode", "earliest-offset")).hasSize(10);
  }

  @Test
  void aTopicPatternReadsEveryMatchingTopic() throws Exception {
    String prefix = KafkaTables.newTopic("pattern");
    kafka.createTopic(prefix + "-a", 1);
    kafka.createTopic(prefix + "-b", 2);
    KafkaTestClients.produceValues(prefix + "-a", 0, List.of("1,a"));
    KafkaTestClients.produceValues(prefix + "-b", 1, List.of("2,b"));
    var options = options("kafka", "unused", "format", "csv", "scan.startup.mode", "earliest-offset",
        "scan.bounded.mode", "latest-offset", "topic-pattern", prefix + "-.*");
    options.remove("topic");
    SourceReader reader = REGISTRY.createSource(table(ID_NAME, List.of(), options)).readerFactory().create();
    reader.open(context(0, 1));

    assertThat(ids(readToEnd(reader))).containsExactlyInAnyOrder(1L, 2L);
    reader.close();
  }

  @Test
  void aBadRecordFailsNamingTopicPartitionAndOffset() throws Exception {
    String topic = KafkaTables.newTopic("bad");
    kafka.createTopic(topic, 1);
    KafkaTestClients.produceValues(topic, 0, List.of("1,a", "two,b", "3,c"));

    SourceReader reader = source(topic, "scan.bounded.mode", "latest-offset").create();
    reader.open(context(0, 1));
    assertThatThrownBy(() -> readToEnd(reader))
        .hasMessageContaining("offset 1 of partition 0 of topic '" + topic + "'")
        .hasMessageContaining("'two' is not a BIGINT");
    reader.close();
  }

  @Test
  void badRecordsAreSkippedAndCountedWhenParseErrorsAreIgnored() throws Exception {
    String topic = KafkaTables.newTopic("skip");
    kafka.createTopic(topic, 1);
    KafkaTestClients.produceValues(topic, 0, List.of("1,a", "two,b", "3,c", "4"));

    SourceReader reader = source(topic, "scan.bounded.mode", "latest-offset", "csv.ignore-parse-errors", "true")
        .create();
    var context = context(0, 1);
    reader.open(context);
    assertThat(ids(readToEnd(reader))).containsExactly(1L, 3L);
    assertThat(context.metrics().values()).containsEntry(KafkaSourceReader.BAD_RECORDS, 2L);
    reader.close();
  }

  @Test
  void aReaderWithoutPartitionsMarksItselfIdle() throws Exception {
    String topic = fill("idle", 1, 1);
    SourceReader reader = source(topic).create();
    reader.open(context(1, 2));
    CollectingOutput out = new CollectingOutput();

    assertThat(reader.pollNext(out)).isEqualTo(InputStatus.NOTHING_AVAILABLE);
    assertThat(out.statuses).containsExactly(WatermarkStatus.IDLE);
    reader.close();
  }

  /** The ids a bounded read of the topic gives with these options. */
  private List<Long> readBounded(String topic, String... more) throws Exception {
    Map<String, String> map = options("kafka", topic, "format", "csv", "scan.bounded.mode", "latest-offset");
    for (int i = 0; i < more.length; i += 2) {
      map.put(more[i], more[i + 1]);
    }
    SourceReader reader = REGISTRY.createSource(table(ID_NAME, List.of(), map)).readerFactory().create();
    reader.open(context(0, 1));
    List<Long> ids = ids(readToEnd(reader));
    reader.close();
    return ids;
  }

  private SourceFactory source(String topic, String... more) {
    String[] options = new String[more.length + 4];
    options[0] = "format";
    options[1] = "csv";
    options[2] = "scan.startup.mode";
    options[3] = "earliest-offset";
    System.arraycopy(more, 0, options, 4, more.length);
    Map<String, String> map = options("kafka", topic, options);
    return REGISTRY.createSource(table(ID_NAME, List.of(), map)).readerFactory();
  }

  /** A new topic whose partitions hold {@code perPartition} records each, ids counting up across partitions. */
  private String fill(String purpose, int partitions, int perPartition) {
    String topic = KafkaTables.newTopic(purpose);
    kafka.createTopic(topic, partitions);
    for (int p = 0; p < partitions; p++) {
      int first = p * perPartition;
      KafkaTestClients.produceValues(topic, p,
          IntStream.range(first, first + perPartition).mapToObj(i -> i + ",name" + i).toList());
    }
    return topic;
  }

  private Map<TopicPartition, OffsetAndMetadata> committed(String group) throws Exception {
    return kafka.admin().listConsumerGroupOffsets(Map.of(group, new ListConsumerGroupOffsetsSpec()))
        .partitionsToOffsetAndMetadata(group).get();
  }

  private static List<Row> poll(SourceReader reader) throws Exception {
    CollectingOutput out = new CollectingOutput();
    reader.pollNext(out);
    return out.rows;
  }

  private static List<Row> readToEnd(SourceReader reader) throws Exception {
    CollectingOutput out = new CollectingOutput();
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (reader.pollNext(out) != InputStatus.END_OF_INPUT) {
      assertThat(System.nanoTime()).as("the bounded read ends").isLessThan(deadline);
    }
    return out.rows;
  }

  private static List<Long> ids(List<Row> rows) {
    return rows.stream().map(row -> (Long) row.field(0)).toList();
  }

  private static List<Long> range(long from, long to) {
    List<Long> values = new ArrayList<>();
    for (long i = from; i < to; i++) {
      values.add(i);
    }
    return values;
  }
}
