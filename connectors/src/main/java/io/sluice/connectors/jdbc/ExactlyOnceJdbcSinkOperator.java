package io.sluice.connectors.jdbc;

import io.sluice.common.Row;
import io.sluice.common.config.CheckpointingOptions;
import io.sluice.executor.api.CheckpointListener;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.RestoredState;
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
 * checkpoint the marker already covers is skipped. A restored writer commits the batches of its restored state
 * the same way — those its predecessor committed before failing are skipped — so every row becomes visible once,
 * and only after its checkpoint completed. The buffer rules ({@code sink.buffer-flush.*}) do not apply.
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
  private RetryingConnection connection;
  private int subtask;
  private boolean checkpointing;

  ExactlyOnceJdbcSinkOperator(JdbcSinkSpec spec, CommitMarkers markers) {
    this.spec = spec;
    this.markers = markers;
    this.serializer = RowSerializer.of(spec.writer().schema());
    this.buffer = new JdbcRowBuffer(spec.writer().keys());
  }

  @Override
  public void initializeState(RestoredState state) throws Exception {
    connect();
    for (byte[] bytes : state.assigned()) {
      JdbcSinkState restored = JdbcSinkState.decode(bytes, serializer);
      CommitMarkers theirs = new CommitMarkers(markers.table(), restored.sinkId());
      for (JdbcSinkState.Batch batch : restored.batches()) {
        commit(theirs, restored.subtask(), batch);
      }
    }
  }

  @Override
  public void open(OperatorContext context) throws Exception {
    subtask = context.subtaskIndex();
    checkpointing = context.configuration().get(CheckpointingOptions.INTERVAL) != null;
    connect();
  }

  @Override
  public void processRow(Row row, Output out) {
    buffer.add(row);
  }

  @Override
  public byte[] snapshotState(long checkpointId) {
    if (!buffer.isEmpty()) {
      pending.add(new JdbcSinkState.Batch(checkpointId, buffer.drain()));
    }
    return new JdbcSinkState(markers.sinkId(), subtask, pending).encode(serializer);
  }

  @Override
  public void notifyCheckpointComplete(long checkpointId) throws Exception {
    while (!pending.isEmpty() && pending.get(0).checkpointId() <= checkpointId) {
      commit(markers, subtask, pending.get(0));
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
      commit(markers, subtask, new JdbcSinkState.Batch(Long.MAX_VALUE, buffer.drain()));
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

  private void commit(CommitMarkers writer, int writerSubtask, JdbcSinkState.Batch batch)
      throws InterruptedException {
    connection.inTransaction(c -> {
      if (!writer.isCommitted(c, writerSubtask, batch.checkpointId())) {
        spec.writer().write(c, batch.rows());
        writer.record(c, writerSubtask, batch.checkpointId());
      }
      return null;
    });
  }
}
