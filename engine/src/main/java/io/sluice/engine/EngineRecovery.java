package io.sluice.engine;

import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.SluiceOptions;
import io.sluice.engine.durable.CatalogJournal;
import io.sluice.engine.durable.JobJournal;
import io.sluice.engine.durable.JobRecord;
import io.sluice.engine.durable.LatestCheckpoint;
import io.sluice.engine.statement.InsertExecutor;
import io.sluice.executor.runtime.JobStatus;
import io.sluice.sql.statement.Statement;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Restores a durable engine from its state directory, before any client can connect: replays the catalog's
 * history of CREATE and DROP statements, then submits again every job recorded as RUNNING (the previous process
 * ended while it ran), under its old id and owner, with the options it was submitted with and
 * {@code execution.state-recovery.path} set to its newest retained checkpoint, so that it resumes from there.
 *
 * <p>What cannot be restored (a table whose connector is gone, a job whose query no longer plans) is reported
 * and skipped, never fatal: the server should come up with everything else. Such a job is recorded as FAILED.
 */
final class EngineRecovery {
  private static final System.Logger LOG = System.getLogger(EngineRecovery.class.getName());

  private final SluiceEngine engine;
  private final CatalogJournal catalogJournal;
  private final JobJournal jobJournal;
  private final List<String> problems = new ArrayList<>();

  EngineRecovery(SluiceEngine engine, CatalogJournal catalogJournal, JobJournal jobJournal) {
    this.engine = engine;
    this.catalogJournal = catalogJournal;
    this.jobJournal = jobJournal;
  }

  /** Restores the catalog, then the jobs; returns one line per problem. */
  List<String> recover() {
    Session ddl = engine.restoringSession(SessionUser.LOCAL, new Configuration());
    for (CatalogJournal.Entry entry : catalogJournal.statements()) {
      try {
        for (Statement statement : ddl.parse(entry.sql())) {
          ddl.execute(statement);
        }
      } catch (RuntimeException e) {
        problem("Catalog statement not restored (" + oneLine(entry.sql()) + "): " + e.getMessage());
      }
    }
    for (JobRecord job : jobJournal.jobs()) {
      if (job.status().equals(JobStatus.RUNNING.name())) {
        resume(job);
      }
    }
    return List.copyOf(problems);
  }

  private void resume(JobRecord job) {
    try {
      Configuration configuration = configuration(job.configuration());
      Optional<Path> checkpoint = LatestCheckpoint.of(job.id(), configuration);
      // Resuming needs the runtime to restore from execution.state-recovery.path; without a checkpoint the job
      // starts from the beginning of its sources.
      checkpoint.ifPresent(path -> configuration.set(CheckpointingOptions.STATE_RECOVERY_PATH, path.toString()));
      Session session = engine.restoringSession(new SessionUser(job.owner(), job.ownerIsAdmin()), configuration);
      List<Statement> statements = session.parse(job.sql());
      InsertExecutor.submit(statements.get(0), session.context(), job.id());
      LOG.log(Level.INFO, "Resumed job " + job.id() + checkpoint.map(p -> " from " + p).orElse(" from scratch"));
    } catch (RuntimeException e) {
      problem("Job " + job.id() + " (" + job.name() + ") not resumed: " + e.getMessage());
      jobJournal.updateStatus(job.id(), JobStatus.FAILED.name());
    }
  }

  private static Configuration configuration(Map<String, String> values) {
    Configuration configuration = new Configuration();
    values.forEach((key, value) -> SluiceOptions.find(key).ifPresent(option -> configuration.set(option, value)));
    return configuration;
  }

  private void problem(String message) {
    LOG.log(Level.WARNING, message);
    problems.add(message);
  }

  private static String oneLine(String sql) {
    String line = sql.replaceAll("\\s+", " ").trim();
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }
}
