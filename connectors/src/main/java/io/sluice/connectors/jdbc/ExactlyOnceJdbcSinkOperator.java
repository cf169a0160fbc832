package io.sluice.connectors.jdbc;

import io.sluice.common.Row;
import io.sluice.common.config.CheckpointingOptions;
import io.sluice.executor.api.CheckpointListener;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.state.ListState;
import io.sluice.state.serde.RowSerializer;
import java.util.ArrayList;
import java.util.List;

/**
 * One parallel writer of a JDBC sink with {@code 'sink.delivery-guarantee' = 'exactly-once'}: one database
 * transaction per checkpoint, idempotent across restores.
 *
 * <p>Rows wait in memory ({@link JdbcRowBuffer}) until a checkpoint's barrier; the barrier closes the batch and
 * puts it in the checkpoint (pre-commit: the rows themselves are the prepared transaction, since a database
 * transaction cannot outlive the process). When the checkpoint completes, each batch up to it is written in one
 * transaction together with the writer's row in the marker table ({@link CommitMarkers}); a batch whose
 * checkpoint the marker already covers is skipped. The pending batches are operator list state ({@link
 * JdbcSinkState}): a restored writer commits the batches it got, at any parallelism, under the marker of the
 * writer that received them — those committed before the failure are skipped — so every row becomes visible
 * once, and only after its checkpoint completed. The buffer rules ({@code sink.buffer-flush.*}) do not apply.
 *
 * <p>At the end of a bounded input the job's final checkpoint commits the last rows (the task stays open for it);
 * without checkpointing, {@link #endInput} commits everything at once.
 */
final class ExactlyOnceJdbcSinkOperator implements Operator, CheckpointedFunction, CheckpointListener {
  private final JdbcSinkSpec spec;
  private final CommitMarkers markers;
  private final RowSerializer serializer;
  private final JdbcRowBuffer buffer;
  private final List<JdbcSinkState.Batch> pending = new ArrayList<>();
  private ListState<JdbcSinkState.Batch> pendingState;
  private RetryingConnection connection;
  private int subtask;
  private boolean checkpointing;

  ExactlyOnceJdbcSinkOperator(JdbcSinkSpec spec, CommitMarkers markers) {
    this.spec = spec;
    this.markers = markers;
    this.serializer = RowSerializer.of(spec.writer().schema());
    this.buffer = new JdbcRowBuffer(spec.writer().keys());
  }

  /** Commits the batches restored from a checkpoint before taking rows. */
  @Override
  public void open(OperatorContext context) throws Exception {
    subtask = context.subtaskIndex();
    checkpointing = context.configuration().get(CheckpointingOptions.INTERVAL) != null;
    connect();
    pendingState = context.operatorState().getListState(JdbcSinkState.descriptor(serializer));
    for (JdbcSinkState.Batch batch : pendingState.get()) {
      commit(new CommitMarkers(markers.table(), batch.sinkId()), batch);
    }
    pendingState.clear();
  }

  @Override
  public void processRow(Row row, Output out) {
    buffer.add(row);
  }

  @Override
  public byte[] snapshotState(long checkpointId) {
    if (!buffer.isEmpty()) {
      pending.add(batch(checkpointId));
    }
    pendingState.update(pending);
    return null;
  }

  @Override
  public void notifyCheckpointComplete(long checkpointId) throws Exception {
    while (!pending.isEmpty() && pending.get(0).checkpointId() <= checkpointId) {
      commit(markers, pending.get(0));
      pending.remove(0);
    }
  }

  /** Without checkpointing, what was received is committed now; with it, the final checkpoint commits it. */
  @Override
  public void endInput(Output out) throws Exception {
    if (checkpointing) {
      return;
    }
    notifyCheckpointComplete(Long.MAX_VALUE);
    if (!buffer.isEmpty()) {
      commit(markers, batch(Long.MAX_VALUE));
    }
  }

  @Override
  public void close() {
    if (connection != null) {
      connection.close();
    }
  }

  private void connect() throws InterruptedException {
    if (connection == null) {
      connection = spec.connect();
      connection.inTransaction(c -> {
        markers.createTable(c);
        return null;
      });
    }
  }

  /** The rows received since the last barrier, drained from the buffer. */
  private JdbcSinkState.Batch batch(long checkpointId) {
    return new JdbcSinkState.Batch(markers.sinkId(), subtask, checkpointId, buffer.drain());
  }

  /** Commits a batch under the marker of {@code writer}, the sink whose writer received it, unless it already did. */
  private void commit(CommitMarkers writer, JdbcSinkState.Batch batch) throws InterruptedException {
    connection.inTransaction(c -> {
      if (!writer.isCommitted(c, batch.subtask(), batch.checkpointId())) {
        spec.writer().write(c, batch.rows());
        writer.record(c, batch.subtask(), batch.checkpointId());
      }
      return null;
    });
  }
}
