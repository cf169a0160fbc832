package io.sluice.engine;

import io.sluice.common.config.Configuration;
import io.sluice.connectors.ConnectorRegistry;
import io.sluice.engine.durable.CatalogJournal;
import io.sluice.engine.durable.JobJournal;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.executor.runtime.JobStatus;
import io.sluice.executor.runtime.LocalExecutor;
import io.sluice.planner.catalog.Catalog;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The embedded, in-process engine: one catalog and one job registry shared by its sessions. The shell, the JDBC
 * driver, the server and the tests all go through this class.
 *
 * <p>An engine started with a state directory is durable: it records every CREATE and DROP of a table or view
 * and every INSERT job there, and when started again on the same directory it rebuilds the catalog and resumes
 * the jobs that were running, each from its latest retained checkpoint ({@link EngineRecovery}).
 */
public final class SluiceEngine implements AutoCloseable {
  private final Catalog catalog = new Catalog();
  private final ConnectorRegistry connectors = ConnectorRegistry.discover();
  private final LocalExecutor executor = new LocalExecutor();
  private final EngineJobs jobs;
  private final CatalogJournal catalogJournal;

  private SluiceEngine(CatalogJournal catalogJournal, JobJournal jobJournal) {
    this.catalogJournal = catalogJournal;
    this.jobs = new EngineJobs(executor, jobJournal);
  }

  /** An engine that keeps nothing once it is closed. */
  public static SluiceEngine start() {
    return new SluiceEngine(null, null);
  }

  /**
   * A durable engine over a state directory (created if missing): what an earlier engine recorded there is
   * restored before this returns.
   *
   * @return the engine, and what could not be restored
   */
  public static Started start(Path stateDirectory) {
    CatalogJournal catalogJournal = new CatalogJournal(stateDirectory);
    JobJournal jobJournal = new JobJournal(stateDirectory);
    SluiceEngine engine = new SluiceEngine(catalogJournal, jobJournal);
    List<String> problems;
    try {
      problems = new EngineRecovery(engine, catalogJournal, jobJournal).recover();
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
    return new Started(engine, problems);
  }

  /**
   * A durable engine just started.
   *
   * @param problems one line per statement of the catalog's history or job that could not be restored
   */
  public record Started(SluiceEngine engine, List<String> problems) {}

  /** A new session of the local user (who sees every job), with its own options. */
  public Session newSession() {
    return newSession(SessionUser.LOCAL);
  }

  /** A new session of a user, with its own options, sharing the engine's catalog and jobs. */
  public Session newSession(SessionUser user) {
    return new Session(new EngineContext(catalog, connectors, jobs, new Configuration(), user), catalogJournal);
  }

  /**
   * A session for restoring what a durable engine recorded: its statements are not recorded again.
   *
   * @param configuration the session's options, used as they are
   */
  Session restoringSession(SessionUser user, Configuration configuration) {
    return new Session(new EngineContext(catalog, connectors, jobs, configuration, user), null);
  }

  /** The tables and views; read it, change it only through statements. */
  public Catalog catalog() {
    return catalog;
  }

  /** The jobs and their owners. */
  public EngineJobs jobs() {
    return jobs;
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

  /**
   * Cancels the jobs still running. A durable engine leaves them recorded as running, so that they resume when
   * an engine starts again on its state directory.
   */
  @Override
  public void close() {
    jobs.recordShutdown();
    executor.close();
  }
}
