package io.sluice.shell;

import io.sluice.common.Row;
import io.sluice.engine.JobProgress;
import io.sluice.engine.QueryHandle;
import java.time.Duration;
import java.util.List;

/**
 * A query result for tests: gives its rows one per poll, then either ends, fails, or (endless) goes on giving a
 * row every few milliseconds until cancelled.
 */
final class FakeQueryHandle implements QueryHandle {
  private final List<Row> rows;
  private final boolean endless;
  private final RuntimeException failure;
  private int next;
  private volatile boolean ended;
  private volatile boolean cancelled;
  volatile boolean closed;

  private FakeQueryHandle(List<Row> rows, boolean endless, RuntimeException failure) {
    this.rows = rows;
    this.endless = endless;
    this.failure = failure;
  }

  static FakeQueryHandle of(Row... rows) {
    return new FakeQueryHandle(List.of(rows), false, null);
  }

  static FakeQueryHandle endless() {
    return new FakeQueryHandle(List.of(), true, null);
  }

  static FakeQueryHandle failingAfter(RuntimeException failure, Row... rows) {
    return new FakeQueryHandle(List.of(rows), false, failure);
  }

  @Override
  public Row poll(Duration timeout) throws InterruptedException {
    if (cancelled) {
      ended = true;
      return null;
    }
    if (next < rows.size()) {
      return rows.get(next++);
    }
    if (endless) {
      Thread.sleep(5);
      return Row.of((long) next++);
    }
    if (failure != null) {
      throw failure;
    }
    ended = true;
    return null;
  }

  @Override
  public boolean isEnded() {
    return ended;
  }

  @Override
  public void cancel() {
    cancelled = true;
  }

  boolean wasCancelled() {
    return cancelled;
  }

  @Override
  public String jobId() {
    return "job-1";
  }

  @Override
  public JobProgress progress() {
    return new JobProgress(next, next, 0, Duration.ofSeconds(1), 0, null);
  }

  @Override
  public void close() {
    closed = true;
  }
}
