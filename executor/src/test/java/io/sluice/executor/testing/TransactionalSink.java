package io.sluice.executor.testing;

import io.sluice.common.Row;
import io.sluice.executor.api.CheckpointListener;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.OperatorFactory;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.RestoredState;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A two-phase-commit sink of {@code BIGINT} rows over an in-memory "database" shared by its instances: rows go to
 * an open transaction; the barrier of checkpoint {@code n} pre-commits it as transaction {@code <subtask>-<n>}
 * (kept in the operator's state); the notification that {@code n} completed commits every pre-committed
 * transaction up to {@code n}; a restored instance commits the pre-committed transactions of its restored state.
 * Committing is idempotent by transaction id, as in a real transactional sink. What a reader sees is
 * {@link #committedRows}.
 */
public final class TransactionalSink {
  /** Committed transactions by id: the "database". */
  public final Map<String, List<Long>> committed = new ConcurrentHashMap<>();

  public OperatorFactory factory() {
    return Sink::new;
  }

  /** Every committed row, in no particular order. */
  public List<Long> committedRows() {
    List<Long> rows = new ArrayList<>();
    committed.values().forEach(rows::addAll);
    return rows;
  }

  private void commit(String transaction, List<Long> rows) {
    committed.putIfAbsent(transaction, List.copyOf(rows));
  }

  private final class Sink implements Operator, CheckpointedFunction, CheckpointListener {
    private final TreeMap<String, List<Long>> preCommitted = new TreeMap<>();
    private final TreeMap<Long, String> transactionOfCheckpoint = new TreeMap<>();
    private List<Long> open = new ArrayList<>();
    private int subtask;

    @Override
    public void initializeState(RestoredState state) {
      for (byte[] bytes : state.assigned()) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        for (int transactions = buffer.getInt(); transactions > 0; transactions--) {
          byte[] id = new byte[buffer.getInt()];
          buffer.get(id);
          List<Long> rows = new ArrayList<>();
          for (int n = buffer.getInt(); n > 0; n--) {
            rows.add(buffer.getLong());
          }
          commit(new String(id, StandardCharsets.UTF_8), rows);
        }
      }
    }

    @Override
    public void open(OperatorContext context) {
      subtask = context.subtaskIndex();
    }

    @Override
    public void processRow(Row row, Output out) {
      open.add((Long) row.field(0));
    }

    @Override
    public byte[] snapshotState(long checkpointId) {
      String id = subtask + "-" + checkpointId;
      preCommitted.put(id, open);
      transactionOfCheckpoint.put(checkpointId, id);
      open = new ArrayList<>();
      int size = Integer.BYTES;
      for (Map.Entry<String, List<Long>> e : preCommitted.entrySet()) {
        size += 2 * Integer.BYTES + e.getKey().length() + e.getValue().size() * Long.BYTES;
      }
      ByteBuffer buffer = ByteBuffer.allocate(size).putInt(preCommitted.size());
      preCommitted.forEach((transaction, rows) -> {
        byte[] idBytes = transaction.getBytes(StandardCharsets.UTF_8);
        buffer.putInt(idBytes.length).put(idBytes).putInt(rows.size());
        rows.forEach(buffer::putLong);
      });
      return buffer.array();
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      Map<Long, String> done = transactionOfCheckpoint.headMap(checkpointId, true);
      for (String transaction : done.values()) {
        commit(transaction, preCommitted.remove(transaction));
      }
      done.clear();
    }

    /** No checkpoint follows the end of the input: what is left commits now. */
    @Override
    public void endInput(Output out) {
      notifyCheckpointComplete(Long.MAX_VALUE);
      commit(subtask + "-final", open);
      open = new ArrayList<>();
    }
  }
}
