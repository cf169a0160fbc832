package io.sluice.connectors.jdbc;

import io.sluice.common.Row;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.ProcessingTimeService;
import io.sluice.executor.api.RestoredState;
import java.util.List;

/**
 * One parallel writer of a JDBC sink with delivery guarantee none or at-least-once, as Flink's JDBC sink: changes
 * are buffered ({@link JdbcRowBuffer}) and written in one transaction when the buffer holds
 * {@code sink.buffer-flush.max-rows} rows or keys, every {@code sink.buffer-flush.interval}, at the end of the
 * input, and, for at-least-once, when a checkpoint's barrier passes, so every row before the barrier is in the
 * database before the checkpoint can complete. After a failure the rows since the last checkpoint are replayed
 * and written again: duplicates in append mode, the same final table in upsert mode.
 */
final class JdbcSinkOperator implements Operator, CheckpointedFunction {
  private final JdbcSinkSpec spec;
  private final JdbcRowBuffer buffer;
  private RetryingConnection connection;
  private ProcessingTimeService time;

  JdbcSinkOperator(JdbcSinkSpec spec) {
    this.spec = spec;
    this.buffer = new JdbcRowBuffer(spec.writer().keys());
  }

  @Override
  public void open(OperatorContext context) {
    connection = spec.connect();
    time = context.processingTime();
    if (spec.flushIntervalMillis() > 0) {
      time.registerTimer(time.currentTime() + spec.flushIntervalMillis());
    }
  }

  @Override
  public void processRow(Row row, Output out) throws Exception {
    buffer.add(row);
    if (spec.maxRows() > 0 && buffer.size() >= spec.maxRows()) {
      flush();
    }
  }

  @Override
  public void onProcessingTime(long timestamp, Output out) throws Exception {
    flush();
    time.registerTimer(time.currentTime() + spec.flushIntervalMillis());
  }

  /** At-least-once: what is buffered is written before the checkpoint is acknowledged. Nothing to keep. */
  @Override
  public byte[] snapshotState(long checkpointId) throws Exception {
    if (spec.guarantee() == DeliveryGuarantee.AT_LEAST_ONCE) {
      flush();
    }
    return null;
  }

  @Override
  public void initializeState(RestoredState state) {}

  @Override
  public void endInput(Output out) throws Exception {
    flush();
  }

  @Override
  public void close() {
    if (connection != null) {
      connection.close();
    }
  }

  private void flush() throws InterruptedException {
    if (buffer.isEmpty()) {
      return;
    }
    List<Row> rows = buffer.drain();
    connection.inTransaction(c -> {
      spec.writer().write(c, rows);
      return null;
    });
  }
}
