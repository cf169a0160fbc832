package io.sluice.common.config;

import static io.sluice.common.config.ConfigOptions.choiceOption;
import static io.sluice.common.config.ConfigOptions.doubleOption;
import static io.sluice.common.config.ConfigOptions.durationOption;
import static io.sluice.common.config.ConfigOptions.nonNegativeIntOption;
import static io.sluice.common.config.ConfigOptions.positiveIntOption;

import java.time.Duration;
import java.util.List;

/**
 * The {@code SET} keys of restart strategies: Flink 1.20's names and defaults. Part of {@link SluiceOptions#ALL};
 * read by {@code io.sluice.executor.restart.RestartStrategies}.
 */
public final class RestartStrategyOptions {
  private RestartStrategyOptions() {}

  private static final Duration ONE_MS = Duration.ofMillis(1);

  public static final ConfigOption<RestartStrategyType> TYPE = choiceOption("restart-strategy.type",
      RestartStrategyType.class, null, RestartStrategyType::spellings,
      "What to do when a job fails: none (also off, disable), fixed-delay, failure-rate or exponential-delay."
          + " Unset: none without checkpointing, exponential-delay with unlimited attempts with it.")
      .withAlias("restart-strategy");

  public static final ConfigOption<Integer> FIXED_DELAY_ATTEMPTS = nonNegativeIntOption(
      "restart-strategy.fixed-delay.attempts", 1,
      "fixed-delay: restarts before the job is declared failed.");

  public static final ConfigOption<Duration> FIXED_DELAY_DELAY = durationOption("restart-strategy.fixed-delay.delay",
      Duration.ofSeconds(1), "fixed-delay: wait between a failure and the restart.");

  public static final ConfigOption<Integer> FAILURE_RATE_MAX_FAILURES = positiveIntOption(
      "restart-strategy.failure-rate.max-failures-per-interval", 1,
      "failure-rate: restarts allowed within any failure-rate-interval; one more failure in it fails the job.");

  public static final ConfigOption<Duration> FAILURE_RATE_INTERVAL = durationOption(
      "restart-strategy.failure-rate.failure-rate-interval", Duration.ofMinutes(1), ONE_MS,
      "failure-rate: the window over which failures are counted.");

  public static final ConfigOption<Duration> FAILURE_RATE_DELAY = durationOption(
      "restart-strategy.failure-rate.delay", Duration.ofSeconds(1),
      "failure-rate: wait between a failure and the restart.");

  public static final ConfigOption<Duration> EXPONENTIAL_INITIAL_BACKOFF = durationOption(
      "restart-strategy.exponential-delay.initial-backoff", Duration.ofSeconds(1), ONE_MS,
      "exponential-delay: wait before the first restart.");

  public static final ConfigOption<Duration> EXPONENTIAL_MAX_BACKOFF = durationOption(
      "restart-strategy.exponential-delay.max-backoff", Duration.ofMinutes(1), ONE_MS,
      "exponential-delay: the longest wait between a failure and the restart.");

  public static final ConfigOption<Double> EXPONENTIAL_BACKOFF_MULTIPLIER = doubleOption(
      "restart-strategy.exponential-delay.backoff-multiplier", 1.5, v -> v > 1, "> 1",
      "exponential-delay: the wait is multiplied by this after every restart, up to max-backoff.");

  public static final ConfigOption<Duration> EXPONENTIAL_RESET_THRESHOLD = durationOption(
      "restart-strategy.exponential-delay.reset-backoff-threshold", Duration.ofHours(1), ONE_MS,
      "exponential-delay: a job that runs this long without failing starts again from initial-backoff"
          + " and a fresh attempt count.");

  public static final ConfigOption<Double> EXPONENTIAL_JITTER = doubleOption(
      "restart-strategy.exponential-delay.jitter-factor", 0.1, v -> v >= 0 && v <= 1, "0 to 1",
      "exponential-delay: each wait is moved by a random amount up to this fraction of it, so that jobs failing"
          + " together do not restart together.");

  public static final ConfigOption<Integer> EXPONENTIAL_ATTEMPTS = positiveIntOption(
      "restart-strategy.exponential-delay.attempts-before-reset-backoff", Integer.MAX_VALUE,
      "exponential-delay: restarts before the job is declared failed, counted since the last reset;"
          + " the default, 2147483647, means no limit.");

  /** In the order the docs list them. */
  static final List<ConfigOption<?>> ALL = List.of(TYPE, FIXED_DELAY_ATTEMPTS, FIXED_DELAY_DELAY,
      FAILURE_RATE_MAX_FAILURES, FAILURE_RATE_INTERVAL, FAILURE_RATE_DELAY, EXPONENTIAL_INITIAL_BACKOFF,
      EXPONENTIAL_MAX_BACKOFF, EXPONENTIAL_BACKOFF_MULTIPLIER, EXPONENTIAL_RESET_THRESHOLD, EXPONENTIAL_JITTER,
      EXPONENTIAL_ATTEMPTS);
}
