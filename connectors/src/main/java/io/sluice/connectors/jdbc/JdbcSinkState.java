package io.sluice.connectors.jdbc;

import io.sluice.common.Row;
import io.sluice.state.serde.RowSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What an exactly-once JDBC writer keeps in a checkpoint: the batches of rows it has not committed yet, each
 * under the checkpoint whose completion commits it, and whose writer it is (for the {@link CommitMarkers}).
 *
 * <p>Encoding, version 1: byte 1, UTF sink id, int subtask, int batch count, then per batch: long checkpoint id,
 * int row count, the rows in the {@code ROW} format of {@link RowSerializer} (kind, null mask, fields).
 *
 * @param sinkId the sink's id
 * @param subtask the writer's subtask
 * @param batches the pending batches, oldest first
 */
record JdbcSinkState(String sinkId, int subtask, List<Batch> batches) {
  private static final byte VERSION = 1;

  /** The rows received between the barriers of the previous checkpoint and {@code checkpointId}. */
  record Batch(long checkpointId, List<Row> rows) {
    Batch {
      rows = List.copyOf(rows);
    }
  }

  JdbcSinkState {
    batches = List.copyOf(batches);
  }

  byte[] encode(RowSerializer serializer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeUTF(sinkId);
      out.writeInt(subtask);
      out.writeInt(batches.size());
      for (Batch batch : batches) {
        out.writeLong(batch.checkpointId());
        out.writeInt(batch.rows().size());
        for (Row row : batch.rows()) {
          serializer.serialize(row, out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static JdbcSinkState decode(byte[] bytes, RowSerializer serializer) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte version = in.readByte();
      if (version != VERSION) {
        throw new IllegalStateException("Unknown JDBC sink state version " + version);
      }
      String sinkId = in.readUTF();
      int subtask = in.readInt();
      List<Batch> batches = new ArrayList<>();
      for (int b = in.readInt(); b > 0; b--) {
        long checkpointId = in.readLong();
        List<Row> rows = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
          rows.add(serializer.deserialize(in));
        }
        batches.add(new Batch(checkpointId, rows));
      }
      return new JdbcSinkState(sinkId, subtask, batches);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
