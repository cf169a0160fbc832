package io.sluice.engine;

import io.sluice.common.Row;
import java.time.Duration;

/**
 * The rows of a running SELECT, in the order the job produced them, each with its change kind. Reading is done
 * from one thread; {@link #cancel} may be called from any thread (the shell calls it on Ctrl-C).
 */
public interface QueryHandle extends AutoCloseable {
  /**
   * The next row, waiting up to {@code timeout}; null when none came in time or the result has ended
   * (then {@link #isEnded} is true).
   *
   * @throws io.sluice.common.SluiceException if the job failed; its message says why
   */
  Row poll(Duration timeout) throws InterruptedException;

  /** True once every row has been read and the job has ended (finished, failed or was cancelled). */
  boolean isEnded();

  /** Stops the job behind the query; rows already produced can still be read. */
  void cancel();

  /** The id of the job that computes the result. */
  String jobId();

  /** The progress of that job now; may be called from any thread. */
  JobProgress progress();

  /** Cancels the job if still running. */
  @Override
  void close();
}
