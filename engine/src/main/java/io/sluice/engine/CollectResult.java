package io.sluice.engine;

import io.sluice.common.ErrorCode;
import io.sluice.common.Row;
import io.sluice.common.SluiceException;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.executor.runtime.JobStatus;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** The rows of a SELECT, read from the queue its job's collect sink fills. */
public final class CollectResult implements QueryHandle {
  private final BlockingQueue<Row> rows;
  private final JobHandle job;
  private boolean ended;

  public CollectResult(BlockingQueue<Row> rows, JobHandle job) {
    this.rows = rows;
    this.job = job;
  }

  @Override
  public Row poll(Duration timeout) throws InterruptedException {
    if (ended) {
      return null;
    }
    Row row = rows.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    if (row != null) {
      return row;
    }
    // Only once the job has ended is an empty queue the end: check the status first, then drain once more.
    if (!job.status().isTerminal()) {
      return null;
    }
    job.awaitTermination(Duration.ofSeconds(10));
    row = rows.poll();
    if (row != null) {
      return row;
    }
    ended = true;
    if (job.status() == JobStatus.FAILED) {
      Throwable cause = job.failure().orElse(null);
      throw new SluiceException(ErrorCode.JOB_FAILED, "Query failed: " + Failures.describe(cause), cause);
    }
    return null;
  }

  @Override
  public boolean isEnded() {
    return ended;
  }

  @Override
  public void cancel() {
    job.cancel();
  }

  @Override
  public String jobId() {
    return job.id();
  }

  @Override
  public JobProgress progress() {
    return JobProgress.of(job);
  }

  @Override
  public void close() {
    job.cancel();
  }
}
