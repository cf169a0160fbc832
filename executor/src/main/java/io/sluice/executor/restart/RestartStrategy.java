package io.sluice.executor.restart;

/**
 * Decides whether a failed job restarts, and when. Pure logic, with the time passed in; one instance per job,
 * used by one thread, and kept across the job's restarts (it counts them).
 *
 * <p>The caller's duty: report each failure of the job once, at the time of its first task failure; the failures
 * of other tasks while the job is being cancelled and restarted are part of the same failure.
 */
public interface RestartStrategy {
  /**
   * The job failed at {@code failureTime} (epoch milliseconds, not before an earlier call's): may it restart,
   * and after what delay?
   */
  RestartDecision onFailure(long failureTime);
}
