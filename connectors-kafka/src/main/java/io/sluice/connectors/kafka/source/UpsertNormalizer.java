package io.sluice.connectors.kafka.source;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.executor.api.Output;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Turns the upserts of a compacted topic into a changelog with retractions, as Flink's ChangelogNormalize does:
 * the first value of a key is an INSERT, a later one an UPDATE_BEFORE of the previous row and an UPDATE_AFTER of
 * the new one, a tombstone a DELETE of the previous row (nothing if the key has no row).
 *
 * <p>It keeps the latest record of every key, per partition (a key always lands in the same partition, so the
 * maps move with their partitions when the job is restored at another parallelism). The records are kept as
 * bytes and decoded again only to retract them. The maps are part of the reader's checkpoint, so they cost
 * memory and checkpoint size in proportion to the live keys of the reader's partitions.
 */
final class UpsertNormalizer {
  /** The latest value and timestamp of each key (the key's bytes), per partition. */
  private final Map<TopicPartition, Map<ByteBuffer, Stored>> latest = new HashMap<>();

  private record Stored(byte[] value, long timestamp) {}

  /**
   * Emits the changes that {@code record}, decoded as {@code row}, makes to its key's row.
   *
   * @param row the record's row: INSERT for a value, DELETE with only the key set for a tombstone
   */
  void apply(TopicPartition partition, ConsumerRecord<byte[], byte[]> record, Row row, RecordDecoder decoder,
      Output out) {
    ByteBuffer key = ByteBuffer.wrap(record.key() == null ? new byte[0] : record.key());
    Map<ByteBuffer, Stored> rows = latest.computeIfAbsent(partition, p -> new HashMap<>());
    Stored previous = record.value() == null
        ? rows.remove(key) : rows.put(key, new Stored(record.value(), record.timestamp()));
    Row before = previous == null ? null : decoder.decode(record.key(), previous.value(), previous.timestamp());
    if (record.value() == null) {
      if (before != null) {
        out.emit(before.withKind(RowKind.DELETE));
      }
    } else if (before == null) {
      out.emit(row);
    } else {
      out.emit(before.withKind(RowKind.UPDATE_BEFORE));
      out.emit(row.withKind(RowKind.UPDATE_AFTER));
    }
  }

  /** Drops the rows of partitions this reader does not read (another reader took them over). */
  void retainPartitions(Collection<TopicPartition> partitions) {
    latest.keySet().retainAll(partitions);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(latest.size());
    for (Map.Entry<TopicPartition, Map<ByteBuffer, Stored>> partition : latest.entrySet()) {
      out.writeUTF(partition.getKey().topic());
      out.writeInt(partition.getKey().partition());
      out.writeInt(partition.getValue().size());
      for (Map.Entry<ByteBuffer, Stored> entry : partition.getValue().entrySet()) {
        writeBytes(out, entry.getKey().array());
        writeBytes(out, entry.getValue().value());
        out.writeLong(entry.getValue().timestamp());
      }
    }
  }

  /** Adds the rows written by {@link #write}. */
  void read(DataInputStream in) throws IOException {
    for (int partitions = in.readInt(); partitions > 0; partitions--) {
      TopicPartition partition = new TopicPartition(in.readUTF(), in.readInt());
      Map<ByteBuffer, Stored> rows = latest.computeIfAbsent(partition, p -> new HashMap<>());
      for (int n = in.readInt(); n > 0; n--) {
        ByteBuffer key = ByteBuffer.wrap(readBytes(in));
        rows.put(key, new Stored(readBytes(in), in.readLong()));
      }
    }
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return bytes;
  }
}
