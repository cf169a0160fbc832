package io.sluice.engine.statement;

import io.sluice.engine.EngineContext;
import io.sluice.engine.JobProgress;
import io.sluice.engine.StatementResult;
import io.sluice.executor.runtime.CheckpointSizes;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.executor.runtime.JobStatus;
import io.sluice.sql.statement.ShowJobsStatement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SHOW JOBS: every job of the engine the user may see (their own; all for an admin), running or ended, oldest
 * first: its status (RUNNING, RESTARTING, FINISHED, FAILED, CANCELED), how often it was restarted, its progress
 * ({@link JobProgress}: rows its sources read and its sinks received, rows read per second averaged over its run
 * time, its last completed checkpoint), the failure behind a FAILED job or the latest one behind restarts, its state
 * backend, its keyed state's size at the last checkpoint and what that checkpoint wrote (less than the state with
 * incremental checkpoints), and the rows its window operators dropped because they arrived behind the watermark. Live while the job runs, final once
 * it has ended.
 */
final class ShowJobsExecutor implements StatementExecutor<ShowJobsStatement> {
  static final List<String> HEADER = List.of("job id", "job name", "status", "start time", "restarts", "rows in",
      "rows out", "rows/s", "last checkpoint", "failure", "state backend", "state size (bytes)",
      "checkpoint size (bytes)", "late rows");

  @Override
  public StatementResult execute(ShowJobsStatement statement, EngineContext context) {
    List<List<String>> rows = context.jobs().visibleTo(context.user()).stream()
        .sorted(Comparator.comparing(JobHandle::startTime))
        .map(ShowJobsExecutor::row)
        .toList();
    return new StatementResult.Table(HEADER, rows);
  }

  private static List<String> row(JobHandle job) {
    JobStatus status = job.status();
    JobProgress progress = JobProgress.of(job);
    Optional<CheckpointSizes> sizes = job.lastCheckpointSizes();
    String failure = Jobs.failure(job);
    return List.of(job.id(), job.name(), status.name(), Jobs.TIME.format(job.startTime()),
        Integer.toString(job.restarts()), Long.toString(progress.rowsIn()), Long.toString(progress.rowsOut()),
        String.format(Locale.ROOT, "%.0f", progress.averageRowsInPerSecond()), Jobs.lastCheckpoint(progress),
        failure, job.stateBackend(), sizes.map(s -> Long.toString(s.fullBytes())).orElse(""),
        sizes.map(s -> Long.toString(s.incrementalBytes())).orElse(""), Long.toString(progress.lateRows()));
  }
}
