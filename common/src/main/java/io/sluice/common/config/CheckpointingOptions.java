package io.sluice.common.config;

import static io.sluice.common.config.ConfigOptions.booleanOption;
import static io.sluice.common.config.ConfigOptions.choiceOption;
import static io.sluice.common.config.ConfigOptions.durationOption;
import static io.sluice.common.config.ConfigOptions.enumOption;
import static io.sluice.common.config.ConfigOptions.nonNegativeIntOption;
import static io.sluice.common.config.ConfigOptions.positiveIntOption;
import static io.sluice.common.config.ConfigOptions.stringOption;

import java.time.Duration;
import java.util.List;

/**
 * The {@code SET} keys of checkpoints, savepoints and recovery: Flink 1.20's names and defaults, with the older
 * names Flink still accepts as aliases. Part of {@link SluiceOptions#ALL}. A description ending in † is read by
 * the checkpoint code ({@code io.sluice.executor.checkpoint}) but not yet honoured by the runtime.
 */
public final class CheckpointingOptions {
  private CheckpointingOptions() {}

  /** Flink's lower bound for the interval and the timeout. */
  private static final Duration MINIMUM = Duration.ofMillis(10);

  public static final ConfigOption<Duration> INTERVAL = durationOption("execution.checkpointing.interval", null,
      MINIMUM, "Time between the starts of two periodic checkpoints; while unset, checkpointing is disabled.");

  public static final ConfigOption<CheckpointingMode> MODE = enumOption("execution.checkpointing.mode",
      CheckpointingMode.class, CheckpointingMode.EXACTLY_ONCE,
      "EXACTLY_ONCE aligns barriers at operators with several inputs; AT_LEAST_ONCE does not, and may count rows"
          + " twice after a restore.");

  public static final ConfigOption<Duration> TIMEOUT = durationOption("execution.checkpointing.timeout",
      Duration.ofMinutes(10), MINIMUM,
      "A checkpoint that not every task has acknowledged within this time is aborted and counts as failed.");

  public static final ConfigOption<Duration> MIN_PAUSE = durationOption("execution.checkpointing.min-pause",
      Duration.ZERO, "Least time from the end of one checkpoint (completed or failed) to the start of the next.");

  public static final ConfigOption<Integer> MAX_CONCURRENT = positiveIntOption(
      "execution.checkpointing.max-concurrent-checkpoints", 1,
      "Most checkpoints in progress at once; no periodic checkpoint starts while this many are.");

  public static final ConfigOption<Integer> TOLERABLE_FAILED = nonNegativeIntOption(
      "execution.checkpointing.tolerable-failed-checkpoints", 0,
      "Consecutive checkpoint failures (timeouts, declines, write errors) a job tolerates; one more fails the job,"
          + " which the restart strategy may then restart. A completed checkpoint resets the count.");

  public static final ConfigOption<ExternalizedCheckpointRetention> EXTERNALIZED_RETENTION = enumOption(
      "execution.checkpointing.externalized-checkpoint-retention", ExternalizedCheckpointRetention.class,
      ExternalizedCheckpointRetention.NO_EXTERNALIZED_CHECKPOINTS,
      "Whether retained checkpoints outlive the job: NO_EXTERNALIZED_CHECKPOINTS deletes them however it ends,"
          + " DELETE_ON_CANCELLATION keeps them when it fails, RETAIN_ON_CANCELLATION also when it is canceled.");

  public static final ConfigOption<CheckpointStorageType> STORAGE = choiceOption("execution.checkpointing.storage",
      CheckpointStorageType.class, null, CheckpointStorageType::spellings,
      "Where checkpoints are kept: jobmanager (in memory, 5 MB per state) or filesystem (under"
          + " execution.checkpointing.dir). Unset: filesystem when that directory is set, else jobmanager.")
      .withAlias("state.checkpoint-storage");

  public static final ConfigOption<String> DIRECTORY = stringOption("execution.checkpointing.dir", null,
      "Directory for checkpoints: each job writes <dir>/<job-id>/chk-<n>/, its _metadata file written last.")
      .withAlias("state.checkpoints.dir");

  public static final ConfigOption<Integer> NUM_RETAINED = positiveIntOption(
      "execution.checkpointing.num-retained", 1,
      "Completed checkpoints kept per job; when one more completes, the oldest is deleted.")
      .withAlias("state.checkpoints.num-retained");

  public static final ConfigOption<String> SAVEPOINT_DIRECTORY = stringOption(
      "execution.checkpointing.savepoint-dir", null,
      "Directory for savepoints (STOP JOB ... WITH SAVEPOINT, CREATE SAVEPOINT FOR JOB): each is a"
          + " self-contained subdirectory savepoint-<job>-<random>, never deleted by Sluice.")
      .withAlias("state.savepoints.dir");

  public static final ConfigOption<Boolean> INCREMENTAL = booleanOption("execution.checkpointing.incremental",
      false, "With the rocksdb backend and filesystem storage, checkpoints upload only the SST files new since the"
          + " last completed one into <dir>/<job-id>/shared/; savepoints are always full.")
      .withAlias("state.backend.incremental");

  public static final ConfigOption<String> STATE_RECOVERY_PATH = stringOption("execution.state-recovery.path",
      null, "Savepoint or checkpoint directory the jobs submitted next start from (until RESET); a job's"
          + " checkpoint directory means its latest readable checkpoint, damaged ones skipped with a warning.")
      .withAlias("execution.savepoint.path");

  public static final ConfigOption<Boolean> IGNORE_UNCLAIMED_STATE = booleanOption(
      "execution.state-recovery.ignore-unclaimed-state", false,
      "Start from a savepoint even if some of its operators' state matches no operator of the job (that state is"
          + " dropped); otherwise such a start fails naming the operators.")
      .withAlias("execution.savepoint.ignore-unclaimed-state");

  /** In the order the docs list them. */
  static final List<ConfigOption<?>> ALL = List.of(INTERVAL, MODE, TIMEOUT, MIN_PAUSE, MAX_CONCURRENT,
      TOLERABLE_FAILED, EXTERNALIZED_RETENTION, STORAGE, DIRECTORY, NUM_RETAINED, SAVEPOINT_DIRECTORY, INCREMENTAL,
      STATE_RECOVERY_PATH, IGNORE_UNCLAIMED_STATE);
}
