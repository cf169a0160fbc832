package io.sluice.executor.restart;

import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.RestartStrategyOptions;
import io.sluice.common.config.RestartStrategyType;
import java.util.random.RandomGenerator;

/**
 * Builds a job's restart strategy from the session's options ({@link RestartStrategyOptions}), with Flink's
 * default rule: when {@code restart-strategy.type} is unset, a job without checkpointing is not restarted (it
 * could only start over from nothing), and a job with checkpointing gets exponential-delay with the
 * {@code exponential-delay.*} options, whose attempts are unlimited by default.
 */
public final class RestartStrategies {
  private RestartStrategies() {}

  /** The strategy the options choose; jitter is drawn from a fresh random generator. */
  public static RestartStrategy fromConfig(Configuration conf) {
    return fromConfig(conf, RandomGenerator.getDefault());
  }

  /** As {@link #fromConfig(Configuration)}, drawing jitter from {@code random}. */
  public static RestartStrategy fromConfig(Configuration conf, RandomGenerator random) {
    return switch (effectiveType(conf)) {
      case NONE -> new NoRestartStrategy();
      case FIXED_DELAY -> new FixedDelayRestartStrategy(conf.get(RestartStrategyOptions.FIXED_DELAY_ATTEMPTS),
          conf.get(RestartStrategyOptions.FIXED_DELAY_DELAY));
      case FAILURE_RATE -> new FailureRateRestartStrategy(
          conf.get(RestartStrategyOptions.FAILURE_RATE_MAX_FAILURES),
          conf.get(RestartStrategyOptions.FAILURE_RATE_INTERVAL), conf.get(RestartStrategyOptions.FAILURE_RATE_DELAY));
      case EXPONENTIAL_DELAY -> new ExponentialDelayRestartStrategy(new ExponentialDelayRestartStrategy.Settings(
          conf.get(RestartStrategyOptions.EXPONENTIAL_INITIAL_BACKOFF),
          conf.get(RestartStrategyOptions.EXPONENTIAL_MAX_BACKOFF),
          conf.get(RestartStrategyOptions.EXPONENTIAL_BACKOFF_MULTIPLIER),
          conf.get(RestartStrategyOptions.EXPONENTIAL_RESET_THRESHOLD),
          conf.get(RestartStrategyOptions.EXPONENTIAL_JITTER),
          conf.get(RestartStrategyOptions.EXPONENTIAL_ATTEMPTS)), random);
    };
  }

  /** The type set, or the default: none without checkpointing, exponential-delay with it. */
  public static RestartStrategyType effectiveType(Configuration conf) {
    RestartStrategyType type = conf.get(RestartStrategyOptions.TYPE);
    if (type != null) {
      return type;
    }
    return conf.get(CheckpointingOptions.INTERVAL) == null
        ? RestartStrategyType.NONE : RestartStrategyType.EXPONENTIAL_DELAY;
  }
}
