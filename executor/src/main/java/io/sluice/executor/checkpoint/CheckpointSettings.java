package io.sluice.executor.checkpoint;

import io.sluice.common.config.CheckpointingMode;
import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.Configuration;
import java.time.Duration;
import java.util.Objects;

/**
 * How a job checkpoints, read from the session's options ({@link CheckpointingOptions}).
 *
 * @param interval time between the starts of periodic checkpoints; null when checkpointing is disabled
 * @param mode exactly-once (aligned barriers) or at-least-once
 * @param timeout a checkpoint not complete after this long is aborted
 * @param minPause least time from the end of one checkpoint to the start of the next
 * @param maxConcurrent most checkpoints in progress at once
 * @param tolerableFailures consecutive failed checkpoints tolerated before the job fails
 */
public record CheckpointSettings(Duration interval, CheckpointingMode mode, Duration timeout, Duration minPause,
    int maxConcurrent, int tolerableFailures) {
  public CheckpointSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(minPause, "minPause");
    if (interval != null && (interval.isNegative() || interval.isZero())) {
      throw new IllegalArgumentException("Checkpoint interval must be positive, was " + interval);
    }
    if (maxConcurrent <= 0 || tolerableFailures < 0 || timeout.isNegative() || timeout.isZero()
        || minPause.isNegative()) {
      throw new IllegalArgumentException("Invalid checkpoint settings: maxConcurrent=" + maxConcurrent
          + ", tolerableFailures=" + tolerableFailures + ", timeout=" + timeout + ", minPause=" + minPause);
    }
  }

  public static CheckpointSettings fromConfig(Configuration conf) {
    return new CheckpointSettings(conf.get(CheckpointingOptions.INTERVAL), conf.get(CheckpointingOptions.MODE),
        conf.get(CheckpointingOptions.TIMEOUT), conf.get(CheckpointingOptions.MIN_PAUSE),
        conf.get(CheckpointingOptions.MAX_CONCURRENT), conf.get(CheckpointingOptions.TOLERABLE_FAILED));
  }

  /** Settings with periodic checkpoints every {@code interval} and Flink's defaults otherwise. */
  public static CheckpointSettings every(Duration interval) {
    return new CheckpointSettings(interval, CheckpointingMode.EXACTLY_ONCE, Duration.ofMinutes(10), Duration.ZERO,
        1, 0);
  }

  /** Whether periodic checkpoints are taken at all. */
  public boolean enabled() {
    return interval != null;
  }
}
