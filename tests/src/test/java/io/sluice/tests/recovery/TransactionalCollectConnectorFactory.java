package io.sluice.tests.recovery;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.ConfigOptions;
import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.SinkConnectorFactory;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableSink;
import io.sluice.executor.api.CheckpointListener;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.RestoredState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The test connector {@code tx-collect}: a two-phase-commit sink into {@link CommittedTables} under the name in
 * {@code 'name'}. Rows go into an open transaction; a checkpoint's barrier pre-commits it (kept in the sink's
 * state), the notification that the checkpoint completed commits it and every earlier one, and a restored sink
 * commits what its restored state pre-committed. Nothing is committed at the end of the input: with checkpointing
 * the job's final checkpoint commits the last rows. Without checkpointing every row commits at once.
 */
public final class TransactionalCollectConnectorFactory implements SinkConnectorFactory {
  static final ConnectorOption<String> NAME = ConnectorOption.required(ConfigOptions.stringOption("name", null,
      "The name of the table in CommittedTables."));

  @Override
  public String identifier() {
    return "tx-collect";
  }

  @Override
  public List<ConnectorOption<?>> options() {
    return List.of(NAME);
  }

  @Override
  public String description() {
    return "A two-phase-commit sink into memory (tests only).";
  }

  @Override
  public TableSink createSink(TableContext context) {
    String name = context.options().get(NAME.key());
    int[] keyFields = context.primaryKey().stream()
        .mapToInt(column -> context.physicalSchema().names().indexOf(column)).toArray();
    return TableSink.of(() -> new Sink(name, keyFields), true);
  }

  private static final class Sink implements Operator, CheckpointedFunction, CheckpointListener {
    private static final byte VERSION = 1;
    private final String table;
    private final int[] keyFields;
    /** Pre-committed transactions by checkpoint id. */
    private final TreeMap<Long, List<CommittedTables.Change>> preCommitted = new TreeMap<>();
    private List<CommittedTables.Change> open = new ArrayList<>();
    private boolean autoCommit;
    private int subtask;
    /**
     * Names this instance's transactions: unique per instance, as a real sink's transactional ids must be, since a
     * job restored from an older checkpoint numbers its checkpoints again from there.
     */
    private String writer;
    private long rowsWithoutCheckpointing;

    Sink(String table, int[] keyFields) {
      this.table = table;
      this.keyFields = keyFields;
    }

    @Override
    public void initializeState(RestoredState state) throws IOException {
      for (byte[] bytes : state.assigned()) {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readByte() != VERSION) {
          throw new IOException("Unknown sink state version");
        }
        String oldWriter = in.readUTF();
        for (int transactions = in.readInt(); transactions > 0; transactions--) {
          long checkpointId = in.readLong();
          List<CommittedTables.Change> changes = new ArrayList<>();
          for (int n = in.readInt(); n > 0; n--) {
            RowKind kind = RowKind.values()[in.readByte()];
            List<String> values = new ArrayList<>();
            for (int f = in.readInt(); f > 0; f--) {
              values.add(in.readUTF());
            }
            changes.add(new CommittedTables.Change(kind, values));
          }
          CommittedTables.commit(table, keyFields, oldWriter + "-" + checkpointId, changes);
        }
      }
    }

    @Override
    public void open(OperatorContext context) {
      subtask = context.subtaskIndex();
      writer = subtask + "@" + UUID.randomUUID();
      autoCommit = context.configuration().get(CheckpointingOptions.INTERVAL) == null;
    }

    @Override
    public void processRow(Row row, Output out) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < row.arity(); i++) {
        values.add(String.valueOf(row.field(i)));
      }
      CommittedTables.Change change = new CommittedTables.Change(row.kind(), values);
      if (autoCommit) {
        CommittedTables.commit(table, keyFields, "auto-" + subtask + "-" + rowsWithoutCheckpointing++,
            List.of(change));
      } else {
        open.add(change);
      }
    }

    @Override
    public byte[] snapshotState(long checkpointId) throws IOException {
      preCommitted.put(checkpointId, open);
      open = new ArrayList<>();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeByte(VERSION);
      out.writeUTF(writer);
      out.writeInt(preCommitted.size());
      for (Map.Entry<Long, List<CommittedTables.Change>> transaction : preCommitted.entrySet()) {
        out.writeLong(transaction.getKey());
        out.writeInt(transaction.getValue().size());
        for (CommittedTables.Change change : transaction.getValue()) {
          out.writeByte(change.kind().ordinal());
          out.writeInt(change.values().size());
          for (String value : change.values()) {
            out.writeUTF(value);
          }
        }
      }
      out.flush();
      return bytes.toByteArray();
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      Map<Long, List<CommittedTables.Change>> done = preCommitted.headMap(checkpointId, true);
      done.forEach((id, changes) -> CommittedTables.commit(table, keyFields, writer + "-" + id, changes));
      done.clear();
    }
  }
}
