package io.sluice.executor.restart;

import java.util.Objects;

/**
 * A restart strategy's answer to a failure.
 *
 * @param restart whether to restart the job
 * @param delayMillis how long after the failure to restart; 0 when not restarting
 * @param reason why not, for the job's FAILED status; null when restarting
 */
public record RestartDecision(boolean restart, long delayMillis, String reason) {
  public RestartDecision {
    if (restart && (delayMillis < 0 || reason != null)) {
      throw new IllegalArgumentException("A restart has a non-negative delay and no reason");
    }
    if (!restart) {
      Objects.requireNonNull(reason, "reason");
    }
  }

  public static RestartDecision restartAfter(long delayMillis) {
    return new RestartDecision(true, delayMillis, null);
  }

  public static RestartDecision giveUp(String reason) {
    return new RestartDecision(false, 0, reason);
  }
}
