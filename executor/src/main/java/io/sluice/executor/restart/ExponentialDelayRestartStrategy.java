package io.sluice.executor.restart;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * {@code restart-strategy.type = exponential-delay}: restarts after a delay that grows with each failure, and
 * starts small again once the job has run well for a while. Flink's algorithm:
 *
 * <ul>
 *   <li>The {@code n}-th restart since the last reset waits {@code initial × multiplier^(n-1)}, capped at
 *       {@code max}, moved by a random jitter of up to {@code ±jitter × that} and kept within
 *       {@code [initial, max]}.
 *   <li>A failure that comes at least {@code resetThreshold} after the previous restart resets: its restart is
 *       again the first, with the initial delay and a fresh attempt count.
 *   <li>More than {@code attempts} restarts without a reset fail the job ({@code Integer.MAX_VALUE}: never).
 * </ul>
 */
public final class ExponentialDelayRestartStrategy implements RestartStrategy {
  /**
   * The strategy's parameters, as {@code restart-strategy.exponential-delay.*} sets them.
   *
   * @param jitterFactor from 0 (no jitter) to 1
   * @param attempts restarts allowed between resets
   */
  public record Settings(Duration initialBackoff, Duration maxBackoff, double multiplier, Duration resetThreshold,
      double jitterFactor, int attempts) {
    public Settings {
      if (initialBackoff.toMillis() < 1 || maxBackoff.compareTo(initialBackoff) < 0 || !(multiplier > 1)
          || resetThreshold.toMillis() < 1 || !(jitterFactor >= 0 && jitterFactor <= 1) || attempts < 1) {
        throw new IllegalArgumentException("Invalid exponential-delay strategy: initial-backoff " + initialBackoff
            + " (at least 1 ms), max-backoff " + maxBackoff + " (at least initial-backoff), backoff-multiplier "
            + multiplier + " (> 1), reset-backoff-threshold " + resetThreshold + " (at least 1 ms), jitter-factor "
            + jitterFactor + " (0 to 1), attempts-before-reset-backoff " + attempts + " (at least 1)");
      }
    }
  }

  private final Settings settings;
  private final RandomGenerator random;
  private int restartsSinceReset;
  private long lastRestartTime = Long.MIN_VALUE;

  /** @param random draws the jitter; a seeded one makes the delays reproducible */
  public ExponentialDelayRestartStrategy(Settings settings, RandomGenerator random) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public RestartDecision onFailure(long failureTime) {
    if (lastRestartTime != Long.MIN_VALUE
        && failureTime - lastRestartTime >= settings.resetThreshold().toMillis()) {
      restartsSinceReset = 0;
    }
    restartsSinceReset++;
    if (restartsSinceReset > settings.attempts()) {
      return RestartDecision.giveUp("The job failed " + restartsSinceReset + " times without running "
          + settings.resetThreshold().toMillis() + " ms in between, and restart-strategy.exponential-delay"
          + ".attempts-before-reset-backoff allows " + settings.attempts() + " restart(s)");
    }
    long delay = delay(restartsSinceReset);
    lastRestartTime = failureTime + delay;
    return RestartDecision.restartAfter(delay);
  }

  /** The delay of the {@code n}-th restart since the last reset, with jitter. */
  private long delay(int n) {
    long initial = settings.initialBackoff().toMillis();
    long max = settings.maxBackoff().toMillis();
    double base = Math.min(initial * Math.pow(settings.multiplier(), n - 1), max);
    long jitterRange = (long) (base * settings.jitterFactor());
    long jitter = jitterRange == 0 ? 0 : random.nextLong(-jitterRange, jitterRange + 1);
    return Math.max(initial, Math.min((long) base + jitter, max));
  }

  @Override
  public String toString() {
    return "exponential-delay " + settings;
  }
}
