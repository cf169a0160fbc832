package io.sluice.executor.restart;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code restart-strategy.type = failure-rate}: restarts the job as long as it fails at most
 * {@code maxFailuresPerInterval} times within any window of {@code interval}, each time after the same delay; a
 * failure that makes it more fails the job. A job that fails rarely restarts forever.
 *
 * <p>Algorithm: the times of the last {@code maxFailuresPerInterval} failures are kept. At a new failure, if that
 * many are kept and the oldest lies within {@code interval} before it (both ends included), the new one is one
 * too many in that window.
 */
public final class FailureRateRestartStrategy implements RestartStrategy {
  private final int maxFailuresPerInterval;
  private final long intervalMillis;
  private final long delayMillis;
  private final Deque<Long> recentFailures = new ArrayDeque<>();

  public FailureRateRestartStrategy(int maxFailuresPerInterval, Duration interval, Duration delay) {
    if (maxFailuresPerInterval <= 0 || interval.isNegative() || interval.isZero() || delay.isNegative()) {
      throw new IllegalArgumentException("Invalid failure-rate strategy: maxFailuresPerInterval="
          + maxFailuresPerInterval + ", interval=" + interval + ", delay=" + delay);
    }
    this.maxFailuresPerInterval = maxFailuresPerInterval;
    this.intervalMillis = interval.toMillis();
    this.delayMillis = delay.toMillis();
  }

  @Override
  public RestartDecision onFailure(long failureTime) {
    if (recentFailures.size() == maxFailuresPerInterval
        && failureTime - recentFailures.peekFirst() <= intervalMillis) {
      return RestartDecision.giveUp("The job failed " + (maxFailuresPerInterval + 1) + " times within "
          + intervalMillis + " ms, more than restart-strategy.failure-rate.max-failures-per-interval ("
          + maxFailuresPerInterval + ") allows");
    }
    if (recentFailures.size() == maxFailuresPerInterval) {
      recentFailures.removeFirst();
    }
    recentFailures.addLast(failureTime);
    return RestartDecision.restartAfter(delayMillis);
  }

  @Override
  public String toString() {
    return "failure-rate (" + maxFailuresPerInterval + " per " + intervalMillis + " ms, " + delayMillis
        + " ms delay)";
  }
}
