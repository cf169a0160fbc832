package io.sluice.connectors.jdbc;

import io.sluice.common.Row;
import io.sluice.state.ListStateDescriptor;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.SerializerSnapshot;
import io.sluice.state.serde.TypeSerializer;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What an exactly-once JDBC writer keeps in a checkpoint: the batches of rows it has not committed yet, as the
 * operator list state {@value #NAME}, one entry per batch. Each batch says which writer received it and under
 * which checkpoint, for the {@link CommitMarkers}; so whichever new writer a restore gives it to (list state is
 * split among the new writers, each entry to exactly one) commits it under the right marker, once.
 */
final class JdbcSinkState {
  static final String NAME = "pending-batches";

  private JdbcSinkState() {}

  /**
   * The rows a writer received between the barriers of the previous checkpoint and {@code checkpointId}.
   *
   * @param sinkId the sink's id
   * @param subtask the receiving writer's subtask
   */
  record Batch(String sinkId, int subtask, long checkpointId, List<Row> rows) {
    Batch {
      rows = List.copyOf(rows);
    }
  }

  /** The declaration of the pending batches of a sink whose rows {@code rows} serializes. */
  static ListStateDescriptor<Batch> descriptor(RowSerializer rows) {
    return new ListStateDescriptor<>(NAME, new BatchSerializer(rows));
  }

  /**
   * The {@code JDBC_SINK_BATCH} format, version 1: UTF sink id, int subtask, long checkpoint id, int row count,
   * the rows in the {@code ROW} format of {@link RowSerializer} (kind, null mask, fields).
   */
  private record BatchSerializer(RowSerializer rows) implements TypeSerializer<Batch> {
    @Override
    public void serialize(Batch batch, DataOutput out) throws IOException {
      out.writeUTF(batch.sinkId());
      out.writeInt(batch.subtask());
      out.writeLong(batch.checkpointId());
      out.writeInt(batch.rows().size());
      for (Row row : batch.rows()) {
        rows.serialize(row, out);
      }
    }

    @Override
    public Batch deserialize(DataInput in) throws IOException {
      String sinkId = in.readUTF();
      int subtask = in.readInt();
      long checkpointId = in.readLong();
      List<Row> batch = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        batch.add(rows.deserialize(in));
      }
      return new Batch(sinkId, subtask, checkpointId, batch);
    }

    @Override
    public String name() {
      return "JDBC_SINK_BATCH";
    }

    @Override
    public int snapshotVersion() {
      return 1;
    }

    @Override
    public SerializerSnapshot snapshot() {
      return new SerializerSnapshot(name(), snapshotVersion(), List.of(rows.snapshot()));
    }
  }
}
