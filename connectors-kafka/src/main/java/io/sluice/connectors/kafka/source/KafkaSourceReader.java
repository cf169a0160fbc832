package io.sluice.connectors.kafka.source;

import io.sluice.common.Row;
import io.sluice.connectors.kafka.BoundedMode;
import io.sluice.executor.api.CheckpointListener;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.Counter;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.RestoredState;
import io.sluice.executor.api.SourceReader;
import io.sluice.executor.api.WatermarkStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads one parallel share of the partitions of a Kafka table.
 *
 * <p><b>Which partitions.</b> At open the reader lists the partitions of its topics, sorts them by topic and
 * number, and takes those whose position in that list modulo the parallelism is its subtask index; it assigns
 * them to its consumer itself (no group rebalancing). Partitions are discovered once, when the job starts.
 *
 * <p><b>Where it starts.</b> A partition in the checkpoint the job restores from starts at the recorded offset.
 * The reader reads the offsets of <em>every</em> old reader ({@link RestoredState#all()}), so the partitions are
 * spread evenly again whatever the old and new parallelism. A partition the checkpoint does not cover starts as
 * {@code 'scan.startup.mode'} says, or at its earliest offset when restoring (it was created since).
 *
 * <p><b>Checkpoints.</b> The state is, per partition, the offset of the next record to emit: the rows before the
 * barrier are exactly the records before those offsets, so a restored job neither skips nor repeats a record.
 * When a checkpoint completes, the offsets it recorded are committed to the consumer group (if the table has
 * {@code 'properties.group.id'}), for monitoring and for {@code 'group-offsets'}; they are never needed to
 * restore.
 *
 * <p><b>Bad records</b> fail the job naming topic, partition and offset, or are skipped and counted under
 * {@value #BAD_RECORDS} when the format ignores parse errors. A reader without partitions marks its output idle
 * so it does not hold back event time.
 */
public final class KafkaSourceReader implements SourceReader, CheckpointedFunction, CheckpointListener {
  /** The counter of records skipped because they did not deserialize. */
  public static final String BAD_RECORDS = "numBadRecordsSkipped";
  private static final Duration POLL_TIMEOUT = Duration.ofMillis(50);

  private final KafkaSourceSpec spec;
  /** Offsets restored from a checkpoint, of every old reader; null when the job starts fresh. */
  private Map<TopicPartition, Long> restored;
  /** The next offset to emit, per partition this reader owns. */
  private final Map<TopicPartition, Long> nextOffsets = new LinkedHashMap<>();
  /** Offsets recorded by checkpoints not yet known to be complete, by checkpoint id. */
  private final TreeMap<Long, Map<TopicPartition, OffsetAndMetadata>> pendingCommits = new TreeMap<>();
  /** For a bounded read: the offset where each unfinished partition ends. */
  private final Map<TopicPartition, Long> stopOffsets = new HashMap<>();
  private KafkaConsumer<byte[], byte[]> consumer;
  private RecordDecoder decoder;
  private UpsertNormalizer upserts;
  private Counter badRecords;
  private boolean idleAnnounced;
  private OperatorContext context;

  public KafkaSourceReader(KafkaSourceSpec spec) {
    this.spec = spec;
  }

  @Override
  public void initializeState(RestoredState state) {
    upserts = spec.upsert() ? new UpsertNormalizer() : null;
    restored = PartitionOffsets.decodeAll(state.all(), upserts);
  }

  /**
   * Cheap on purpose: connecting, listing partitions and resolving offsets are left to {@link #start}, on first
   * use, so that the task opens quickly and joins the job's first checkpoint.
   */
  @Override
  public void open(OperatorContext context) {
    this.context = context;
    badRecords = context.metrics().counter(BAD_RECORDS);
  }

  private void start() {
    if (consumer != null) {
      return;
    }
    decoder = new RecordDecoder(spec.layout());
    if (spec.upsert() && upserts == null) {
      upserts = new UpsertNormalizer();
    }
    consumer = new KafkaConsumer<>(consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> mine = PartitionDiscovery.partitionsOf(spec, consumer, context.subtaskIndex(),
        context.parallelism());
    consumer.assign(mine);
    List<TopicPartition> fresh = new ArrayList<>();
    for (TopicPartition partition : mine) {
      if (restored != null && restored.containsKey(partition)) {
        nextOffsets.put(partition, restored.get(partition));
      } else {
        fresh.add(partition);
      }
    }
    if (restored == null) {
      nextOffsets.putAll(StartingOffsets.resolve(spec, consumer, fresh));
    } else {
      nextOffsets.putAll(consumer.beginningOffsets(fresh));
    }
    nextOffsets.forEach(consumer::seek);
    if (upserts != null) {
      upserts.retainPartitions(mine);
    }
    if (spec.boundedMode() == BoundedMode.LATEST_OFFSET && !mine.isEmpty()) {
      stopOffsets.putAll(consumer.endOffsets(mine));
      stopOffsets.entrySet().removeIf(e -> nextOffsets.get(e.getKey()) >= e.getValue());
    }
  }

  @Override
  public InputStatus pollNext(Output out) {
    start();
    if (spec.boundedMode() == BoundedMode.LATEST_OFFSET && stopOffsets.isEmpty()) {
      return InputStatus.END_OF_INPUT;
    }
    if (nextOffsets.isEmpty()) {
      if (!idleAnnounced) {
        idleAnnounced = true;
        out.emitWatermarkStatus(WatermarkStatus.IDLE);
      }
      return InputStatus.NOTHING_AVAILABLE;
    }
    ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL_TIMEOUT);
    for (ConsumerRecord<byte[], byte[]> record : records) {
      TopicPartition partition = new TopicPartition(record.topic(), record.partition());
      Long stop = stopOffsets.get(partition);
      if (spec.boundedMode() == BoundedMode.LATEST_OFFSET && (stop == null || record.offset() >= stop)) {
        continue;
      }
      emit(record, partition, out);
      nextOffsets.put(partition, record.offset() + 1);
    }
    if (spec.boundedMode() == BoundedMode.LATEST_OFFSET) {
      // The consumer's position passes transaction markers too, which never become records.
      stopOffsets.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
      if (stopOffsets.isEmpty()) {
        return InputStatus.END_OF_INPUT;
      }
    }
    return records.isEmpty() ? InputStatus.NOTHING_AVAILABLE : InputStatus.MORE_AVAILABLE;
  }

  private void emit(ConsumerRecord<byte[], byte[]> record, TopicPartition partition, Output out) {
    Row row;
    try {
      row = decoder.decode(record);
    } catch (IllegalArgumentException e) {
      if (spec.layout().formatSettings().ignoreParseErrors()) {
        badRecords.inc();
        return;
      }
      throw new BadRecordException("Table '" + spec.tableName() + "': cannot read the record at offset "
          + record.offset() + " of partition " + record.partition() + " of topic '" + record.topic() + "': "
          + e.getMessage(), e);
    }
    if (row == null) {
      return;
    }
    if (upserts != null) {
      upserts.apply(partition, record, row, decoder, out);
    } else {
      out.emit(row);
    }
  }

  @Override
  public byte[] snapshotState(long checkpointId) {
    start();
    if (spec.groupId() != null) {
      Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
      nextOffsets.forEach((partition, offset) -> commit.put(partition, new OffsetAndMetadata(offset)));
      pendingCommits.put(checkpointId, commit);
    }
    return PartitionOffsets.encode(nextOffsets, upserts);
  }

  @Override
  public void notifyCheckpointComplete(long checkpointId) {
    start();
    Map.Entry<Long, Map<TopicPartition, OffsetAndMetadata>> latest = pendingCommits.floorEntry(checkpointId);
    if (latest == null) {
      return;
    }
    pendingCommits.headMap(checkpointId, true).clear();
    if (!latest.getValue().isEmpty()) {
      // Asynchronous: a failed commit only delays what the group shows; the next checkpoint commits again.
      consumer.commitAsync(latest.getValue(), null);
    }
  }

  @Override
  public void close() {
    if (consumer != null) {
      consumer.close(Duration.ZERO);
    }
  }

  private Properties consumerProperties() {
    Properties properties = new Properties();
    properties.putAll(spec.clientProperties());
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    // The reader seeks every partition itself; auto.offset.reset only applies when an offset vanished.
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return properties;
  }
}
