package io.sluice.engine.statement;

import io.sluice.engine.EngineContext;
import io.sluice.engine.Failures;
import io.sluice.engine.StatementResult;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.executor.runtime.JobStatus;
import io.sluice.sql.statement.ShowJobsStatement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * SHOW JOBS: every job of the engine, running or ended, oldest first: its status (RUNNING, RESTARTING, FINISHED,
 * FAILED, CANCELED), how often it was restarted, its last completed checkpoint (id and time), the failure behind
 * a FAILED job or the latest one behind restarts, and the rows its window operators dropped because they arrived
 * behind the watermark ({@code late rows}, live while the job runs).
 */
final class ShowJobsExecutor implements StatementExecutor<ShowJobsStatement> {
  static final List<String> HEADER = List.of("job id", "job name", "status", "start time", "restarts",
      "last checkpoint", "failure", "late rows");

  @Override
  public StatementResult execute(ShowJobsStatement statement, EngineContext context) {
    List<List<String>> rows = context.executor().jobs().stream()
        .sorted(Comparator.comparing(JobHandle::startTime))
        .map(ShowJobsExecutor::row)
        .toList();
    return new StatementResult.Table(HEADER, rows);
  }

  private static List<String> row(JobHandle job) {
    JobStatus status = job.status();
    String checkpoint = job.latestCheckpoint()
        .map(c -> c.checkpointId() + " at " + Jobs.TIME.format(Instant.ofEpochMilli(c.endTimestamp())))
        .orElse("");
    String failure = (status == JobStatus.FAILED ? job.failure() : job.lastFailure())
        .map(Failures::describe).orElse("");
    return List.of(job.id(), job.name(), status.name(), Jobs.TIME.format(job.startTime()),
        Integer.toString(job.restarts()), checkpoint, failure,
        Long.toString(job.counters().getOrDefault(OperatorMetrics.LATE_ROWS_DROPPED, 0L)));
  }
}
