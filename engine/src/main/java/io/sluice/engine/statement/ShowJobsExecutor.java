package io.sluice.engine.statement;

import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.sql.statement.ShowJobsStatement;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * SHOW JOBS: every job of the engine the user may see (their own; all for an admin), running or ended, oldest
 * first, with the rows its window operators dropped because they arrived behind the watermark ({@code late rows},
 * live while the job runs).
 */
final class ShowJobsExecutor implements StatementExecutor<ShowJobsStatement> {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  @Override
  public StatementResult execute(ShowJobsStatement statement, EngineContext context) {
    List<List<String>> rows = context.jobs().visibleTo(context.user()).stream()
        .sorted(java.util.Comparator.comparing(JobHandle::startTime))
        .map(job -> List.of(job.id(), job.name(), job.status().name(), TIME.format(job.startTime()),
            Long.toString(job.counters().getOrDefault(OperatorMetrics.LATE_ROWS_DROPPED, 0L))))
        .toList();
    return new StatementResult.Table(List.of("job id", "job name", "status", "start time", "late rows"), rows);
  }
}
