package io.sluice.executor.restart;

import java.time.Duration;

/**
 * {@code restart-strategy.type = fixed-delay}: restarts the job at most {@code attempts} times in its life, each
 * time after the same delay; the failure after the last attempt fails the job.
 */
public final class FixedDelayRestartStrategy implements RestartStrategy {
  private final int attempts;
  private final long delayMillis;
  private int failures;

  public FixedDelayRestartStrategy(int attempts, Duration delay) {
    if (attempts < 0 || delay.isNegative()) {
      throw new IllegalArgumentException("Invalid fixed-delay strategy: attempts=" + attempts + ", delay=" + delay);
    }
    this.attempts = attempts;
    this.delayMillis = delay.toMillis();
  }

  @Override
  public RestartDecision onFailure(long failureTime) {
    failures++;
    if (failures > attempts) {
      return RestartDecision.giveUp("The job failed " + failures + " times and restart-strategy.fixed-delay"
          + ".attempts allows " + attempts + " restart(s)");
    }
    return RestartDecision.restartAfter(delayMillis);
  }

  @Override
  public String toString() {
    return "fixed-delay (" + attempts + " attempts, " + delayMillis + " ms delay)";
  }
}
