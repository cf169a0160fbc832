package io.sluice.engine.statement;

import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.ConfigOption;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.SluiceOptions;
import io.sluice.engine.EngineContext;
import io.sluice.engine.JobProgress;
import io.sluice.engine.StatementResult;
import io.sluice.executor.runtime.CheckpointSizes;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.sql.statement.DescribeJobStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DESCRIBE JOB 'id': one job, one property per row, as Flink's DESCRIBE lists a table: what SHOW JOBS says of it
 * (status, restarts, progress, last checkpoint, failure, state backend, state size and what the last checkpoint
 * wrote), then where it was restored from and the options its checkpoints and state follow, as it was submitted.
 * Only the job's owner or an admin may see it.
 */
final class DescribeJobExecutor implements StatementExecutor<DescribeJobStatement> {
  static final List<String> HEADER = List.of("property", "value");

  /** The submitted options that say how the job checkpoints and keeps state, besides the backend. */
  private static final List<ConfigOption<?>> SETTINGS = List.of(CheckpointingOptions.INTERVAL,
      CheckpointingOptions.MODE, CheckpointingOptions.INCREMENTAL, SluiceOptions.STATE_TTL);

  @Override
  public StatementResult execute(DescribeJobStatement statement, EngineContext context) {
    JobHandle job = Jobs.require(context, statement.jobId());
    JobProgress progress = JobProgress.of(job);
    Optional<CheckpointSizes> sizes = job.lastCheckpointSizes();
    List<List<String>> rows = new ArrayList<>();
    add(rows, "job id", job.id());
    add(rows, "job name", job.name());
    add(rows, "owner", context.jobs().owner(job.id()));
    add(rows, "status", job.status().name());
    add(rows, "start time", Jobs.TIME.format(job.startTime()));
    add(rows, "end time", job.endTime().map(Jobs.TIME::format).orElse(""));
    add(rows, "restarts", Integer.toString(job.restarts()));
    add(rows, "rows in", Long.toString(progress.rowsIn()));
    add(rows, "rows out", Long.toString(progress.rowsOut()));
    add(rows, "failure", Jobs.failure(job));
    add(rows, "state backend", job.stateBackend());
    add(rows, "last checkpoint", Jobs.lastCheckpoint(progress));
    add(rows, "state size (bytes)", sizes.map(s -> Long.toString(s.fullBytes())).orElse(""));
    add(rows, "checkpoint size (bytes)", sizes.map(s -> Long.toString(s.incrementalBytes())).orElse(""));
    add(rows, "restored from", job.restoredFrom().orElse(""));
    Optional<Configuration> conf = context.jobs().configuration(job.id());
    for (ConfigOption<?> option : SETTINGS) {
      add(rows, option.key(), conf.map(c -> setting(c, option)).orElse(""));
    }
    return new StatementResult.Table(HEADER, rows);
  }

  private static void add(List<List<String>> rows, String property, String value) {
    rows.add(List.of(property, value));
  }

  /** The value as the user typed it, else the default; empty for none (checkpointing off, TTL not set). */
  private static String setting(Configuration conf, ConfigOption<?> option) {
    return conf.toMap().getOrDefault(option.key(), option.defaultText());
  }
}
