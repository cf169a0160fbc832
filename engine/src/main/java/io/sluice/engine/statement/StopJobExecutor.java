package io.sluice.engine.statement;

import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.sql.statement.StopJobStatement;
import java.time.Duration;

/**
 * STOP JOB 'id': cancels the job and waits for it to end. WITH SAVEPOINT stops it with a savepoint and answers
 * its path; WITH DRAIN (with a savepoint) first ends the sources' input and fires every window. Another user's job
 * is unknown to a non-admin.
 */
final class StopJobExecutor implements StatementExecutor<StopJobStatement> {
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  @Override
  public StatementResult execute(StopJobStatement statement, EngineContext context) {
    JobHandle job = Jobs.require(context, statement.jobId());
    if (statement.withSavepoint()) {
      String path = Savepoints.take(job, context,
          (handle, directory) -> handle.stopWithSavepoint(directory, statement.withDrain()));
      awaitEnd(job);
      return Savepoints.result(path);
    }
    job.cancel();
    awaitEnd(job);
    return new StatementResult.Info("Job '" + job.id() + "' is " + job.status().name() + ".");
  }

  private static void awaitEnd(JobHandle job) {
    try {
      job.awaitTermination(STOP_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Nothing to check without running: the job a file names is one the file cannot have started. */
  @Override
  public void validate(StopJobStatement statement, EngineContext context) {}
}
