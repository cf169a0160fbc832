package io.sluice.connectors.kafka.sink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The checkpointed state of an exactly-once Kafka writer.
 *
 * <p>Encoding (version 1): a version byte, the writer's subtask index (int), the index of the next transactional
 * id it would use (long), the number of prepared transactions (int), then per transaction its transactional id
 * (UTF), producer id (long) and epoch (short).
 *
 * @param subtask the subtask index of the writer that wrote the state; its transactional ids are
 *     {@code <prefix>-<subtask>-<index>}
 * @param nextIndex the index of the next transactional id the writer would have used: every id from here on may
 *     have a transaction open that no checkpoint covers
 * @param prepared the transactions prepared by this or an earlier checkpoint and not yet known to be committed
 */
record WriterTransactions(int subtask, long nextIndex, List<PreparedTransaction> prepared) {
  private static final byte VERSION = 1;

  WriterTransactions {
    prepared = List.copyOf(prepared);
  }

  byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(subtask);
      out.writeLong(nextIndex);
      out.writeInt(prepared.size());
      for (PreparedTransaction transaction : prepared) {
        out.writeUTF(transaction.transactionalId());
        out.writeLong(transaction.producerId());
        out.writeShort(transaction.epoch());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static WriterTransactions decode(byte[] state) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
      byte version = in.readByte();
      if (version != VERSION) {
        throw new IllegalStateException("Unknown version " + version + " of a Kafka sink state");
      }
      int subtask = in.readInt();
      long nextIndex = in.readLong();
      List<PreparedTransaction> prepared = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        prepared.add(new PreparedTransaction(in.readUTF(), in.readLong(), in.readShort()));
      }
      return new WriterTransactions(subtask, nextIndex, prepared);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
