package io.sluice.engine.statement;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.sql.statement.StopJobStatement;
import java.time.Duration;

/** STOP JOB 'id': cancels the job and waits for it to end. Another user's job is unknown to a non-admin. */
final class StopJobExecutor implements StatementExecutor<StopJobStatement> {
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  @Override
  public StatementResult execute(StopJobStatement statement, EngineContext context) {
    if (statement.withSavepoint()) {
      throw new SluiceException(ErrorCode.UNSUPPORTED,
          "STOP JOB ... WITH SAVEPOINT needs checkpointing, which is not available yet; use STOP JOB '"
              + statement.jobId() + "'.");
    }
    JobHandle job = context.jobs().find(statement.jobId(), context.user()).orElseThrow(() -> new SluiceException(
        ErrorCode.UNKNOWN_JOB, "No job with id '" + statement.jobId() + "'. SHOW JOBS lists the jobs."));
    job.cancel();
    try {
      job.awaitTermination(STOP_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new StatementResult.Info("Job '" + job.id() + "' is " + job.status().name() + ".");
  }

  /** Nothing to check without running: the job a file names is one the file cannot have started. */
  @Override
  public void validate(StopJobStatement statement, EngineContext context) {}
}
