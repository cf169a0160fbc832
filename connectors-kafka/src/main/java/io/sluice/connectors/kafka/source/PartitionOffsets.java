package io.sluice.connectors.kafka.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * The checkpointed state of a Kafka source reader: for each partition it reads, the offset of the next record to
 * emit, and for an upsert table the latest record of each key ({@link UpsertNormalizer}).
 *
 * <p>Encoding (version 1): a version byte, the number of partitions (int), then per partition the topic (UTF),
 * the partition number (int) and the next offset (long); then a boolean, true if the upsert rows follow in
 * {@link UpsertNormalizer#write}'s encoding.
 */
final class PartitionOffsets {
  private static final byte VERSION = 1;

  private PartitionOffsets() {}

  static byte[] encode(Map<TopicPartition, Long> nextOffsets, UpsertNormalizer upserts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(nextOffsets.size());
      for (Map.Entry<TopicPartition, Long> entry : nextOffsets.entrySet()) {
        out.writeUTF(entry.getKey().topic());
        out.writeInt(entry.getKey().partition());
        out.writeLong(entry.getValue());
      }
      out.writeBoolean(upserts != null);
      if (upserts != null) {
        upserts.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads several readers' states: returns the union of their offsets, and adds their upsert rows to
   * {@code upserts} if it is not null.
   */
  static Map<TopicPartition, Long> decodeAll(List<byte[]> states, UpsertNormalizer upserts) {
    Map<TopicPartition, Long> offsets = new LinkedHashMap<>();
    for (byte[] state : states) {
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
        byte version = in.readByte();
        if (version != VERSION) {
          throw new IllegalStateException("Unknown version " + version + " of a Kafka source state");
        }
        for (int n = in.readInt(); n > 0; n--) {
          offsets.put(new TopicPartition(in.readUTF(), in.readInt()), in.readLong());
        }
        if (in.readBoolean() && upserts != null) {
          upserts.read(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return offsets;
  }
}
