package io.sluice.engine;

import io.sluice.common.config.Configuration;
import io.sluice.connectors.ConnectorRegistry;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.executor.runtime.JobStatus;
import io.sluice.executor.runtime.LocalExecutor;
import io.sluice.planner.catalog.Catalog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The embedded, in-process engine: one catalog and one job registry shared by its sessions. The shell, the JDBC
 * driver and the tests all go through this class.
 */
public final class SluiceEngine implements AutoCloseable {
  private final Catalog catalog = new Catalog();
  private final ConnectorRegistry connectors = ConnectorRegistry.discover();
  private final LocalExecutor executor = new LocalExecutor();

  private SluiceEngine() {}

  public static SluiceEngine start() {
    return new SluiceEngine();
  }

  /** A new session with its own options, sharing the engine's catalog and jobs. */
  public Session newSession() {
    return new Session(new EngineContext(catalog, connectors, executor, new Configuration()));
  }

  /**
   * Waits until every job of this engine has ended, at most {@code timeout} (null: no limit).
   *
   * @return true if all ended and none failed
   */
  public boolean awaitJobs(Duration timeout) throws InterruptedException {
    Instant deadline = timeout == null ? null : Instant.now().plus(timeout);
    for (JobHandle job : executor.jobs()) {
      Duration left = deadline == null ? null : Duration.between(Instant.now(), deadline);
      if (left != null && left.isNegative()) {
        return false;
      }
      if (left == null) {
        job.terminationFuture().join();
      } else if (!job.awaitTermination(left)) {
        return false;
      }
    }
    return executor.jobs().stream().noneMatch(j -> j.status() == JobStatus.FAILED);
  }

  /** Every job this engine ran or runs, oldest first. */
  public List<JobHandle> jobs() {
    return executor.jobs();
  }

  /** Cancels the jobs still running. */
  @Override
  public void close() {
    executor.close();
  }
}
