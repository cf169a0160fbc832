package io.sluice.engine.statement;

import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.executor.checkpoint.CheckpointStats;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.sql.statement.ShowCheckpointsStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * SHOW CHECKPOINTS FOR JOB 'id': the job's checkpoints and savepoints in progress and the recent ones that
 * completed or failed, newest first, with their time, duration, size, place and, for failed ones, why.
 */
final class ShowCheckpointsExecutor implements StatementExecutor<ShowCheckpointsStatement> {
  static final List<String> HEADER = List.of("id", "kind", "status", "trigger time", "duration (ms)",
      "size (bytes)", "acknowledged", "path", "failure");

  @Override
  public StatementResult execute(ShowCheckpointsStatement statement, EngineContext context) {
    JobHandle job = Jobs.require(context, statement.jobId());
    long now = System.currentTimeMillis();
    List<List<String>> rows = new ArrayList<>();
    for (CheckpointStats checkpoint : job.checkpoints()) {
      rows.add(List.of(Long.toString(checkpoint.checkpointId()), checkpoint.kind().name(),
          checkpoint.status().name(), Jobs.TIME.format(Instant.ofEpochMilli(checkpoint.triggerTimestamp())),
          Long.toString(checkpoint.durationMillis(now)), Long.toString(checkpoint.stateSize()),
          checkpoint.acknowledged() + "/" + checkpoint.tasks(), orEmpty(checkpoint.pointer()),
          orEmpty(checkpoint.failureMessage())));
    }
    return new StatementResult.Table(HEADER, rows);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
