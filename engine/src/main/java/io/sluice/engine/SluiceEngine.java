package io.sluice.engine;

import java.time.Duration;

/**
 * The embedded, in-process engine: one catalog and one job registry shared by its sessions. The shell, the JDBC
 * driver and the tests all go through this class.
 */
public final class SluiceEngine implements AutoCloseable {

  public static SluiceEngine start() {
    throw new UnsupportedOperationException("TODO");
  }

  /** A new session with its own options, sharing the engine's catalog and jobs. */
  public Session newSession() {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Waits until every job of this engine has ended, at most {@code timeout} (null: no limit).
   *
   * @return true if all ended and none failed
   */
  public boolean awaitJobs(Duration timeout) throws InterruptedException {
    throw new UnsupportedOperationException("TODO");
  }

  /** Cancels the jobs still running. */
  @Override
  public void close() {
    throw new UnsupportedOperationException("TODO");
  }
}
