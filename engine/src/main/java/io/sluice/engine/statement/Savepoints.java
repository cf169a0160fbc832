package io.sluice.engine.statement;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.config.CheckpointingOptions;
import io.sluice.engine.EngineContext;
import io.sluice.engine.Failures;
import io.sluice.engine.StatementResult;
import io.sluice.executor.runtime.JobHandle;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

/**
 * Takes a savepoint of a job for {@code STOP JOB ... WITH SAVEPOINT} and {@code CREATE SAVEPOINT FOR JOB}: into
 * the session's {@code execution.checkpointing.savepoint-dir}, waiting for it as long as a checkpoint may take,
 * and answering with its path in a one-row table, as Flink's SQL client does.
 */
final class Savepoints {
  private static final Duration MARGIN = Duration.ofSeconds(30);

  private Savepoints() {}

  /**
   * Asks {@code request} for a savepoint of {@code job} into the session's savepoint directory and waits for it.
   *
   * @throws SluiceException {@link ErrorCode#SAVEPOINT_FAILED} naming why
   */
  static String take(JobHandle job, EngineContext context,
      BiFunction<JobHandle, String, CompletableFuture<String>> request) {
    String directory = context.configuration().get(CheckpointingOptions.SAVEPOINT_DIRECTORY);
    if (directory == null || directory.isBlank()) {
      throw new SluiceException(ErrorCode.SAVEPOINT_FAILED, "No savepoint directory: SET"
          + " 'execution.checkpointing.savepoint-dir' = '/path/to/savepoints' first.");
    }
    Duration timeout = context.configuration().get(CheckpointingOptions.TIMEOUT).plus(MARGIN);
    try {
      return request.apply(job, directory).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new SluiceException(ErrorCode.SAVEPOINT_FAILED, "The savepoint of job '" + job.id()
          + "' failed: " + Failures.describe(e.getCause()), e.getCause());
    } catch (TimeoutException e) {
      throw new SluiceException(ErrorCode.SAVEPOINT_FAILED, "The savepoint of job '" + job.id()
          + "' did not complete within " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SluiceException(ErrorCode.SAVEPOINT_FAILED, "Interrupted while waiting for the savepoint");
    }
  }

  /** The answer to a savepoint statement. */
  static StatementResult result(String path) {
    return new StatementResult.Table(List.of("savepoint path"), List.of(List.of(path)));
  }
}
