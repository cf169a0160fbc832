package io.sluice.shell.remote;

import io.sluice.common.ErrorCode;
import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.SluiceException;
import io.sluice.engine.JobProgress;
import io.sluice.engine.QueryHandle;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A server's query result as the shell reads it. {@code ResultSet.next()} waits for the next row without a time
 * limit, and the shell polls with one, so a reader thread moves the rows into a queue.
 */
final class JdbcQueryHandle implements QueryHandle {
  private static final Row END = Row.of();

  private final Statement statement;
  private final String jobId;
  private final BlockingQueue<Row> rows = new ArrayBlockingQueue<>(1024);
  private final Instant started = Instant.now();
  private volatile long received;
  private volatile Exception failure;
  private boolean ended;

  /** @param columns the query's columns, after the {@code op} column */
  JdbcQueryHandle(Statement statement, ResultSet resultSet, int columns, String jobId) {
    this.statement = statement;
    this.jobId = jobId;
    Thread reader = new Thread(() -> read(resultSet, columns), "sluice-remote-query");
    reader.setDaemon(true);
    reader.start();
  }

  private void read(ResultSet resultSet, int columns) {
    try {
      while (resultSet.next()) {
        Object[] fields = new Object[columns];
        for (int i = 0; i < columns; i++) {
          fields[i] = resultSet.getObject(i + 2);
        }
        rows.put(new Row(RowKind.fromShortString(resultSet.getString(1)), fields));
        received++;
      }
    } catch (SQLException e) {
      failure = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      rows.offer(END);
    }
  }

  @Override
  public Row poll(Duration timeout) throws InterruptedException {
    if (ended) {
      return null;
    }
    Row row = rows.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    if (row != END) {
      return row;
    }
    ended = true;
    if (failure != null) {
      throw new SluiceException(ErrorCode.JOB_FAILED, "Query failed: " + failure.getMessage(), failure);
    }
    return null;
  }

  /**
   * What the client sees of the job: the rows that reached it and the time since the query started. The server's
   * counters (rows read, checkpoints, late rows) are in SHOW JOBS.
   */
  @Override
  public JobProgress progress() {
    return new JobProgress(0, received, 0, Duration.between(started, Instant.now()), 0, null);
  }

  @Override
  public boolean isEnded() {
    return ended;
  }

  @Override
  public void cancel() {
    try {
      statement.cancel();
    } catch (SQLException e) {
      // Already closed: nothing left to cancel.
    }
  }

  @Override
  public String jobId() {
    return jobId;
  }

  /** Closing the statement stops the query's job on the server. */
  @Override
  public void close() {
    try {
      statement.close();
    } catch (SQLException e) {
      // The server is gone; so is the query.
    }
  }
}
