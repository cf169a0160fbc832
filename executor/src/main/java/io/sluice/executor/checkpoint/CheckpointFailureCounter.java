package io.sluice.executor.checkpoint;

import java.util.HashSet;
import java.util.Set;

/**
 * Counts consecutive failed checkpoints against {@code execution.checkpointing.tolerable-failed-checkpoints}:
 * when more checkpoints have failed since the last completed one than are tolerated, the job must fail (and the
 * restart strategy decides whether it restarts). Pure logic, as Flink's {@code CheckpointFailureManager}:
 *
 * <ul>
 *   <li>only failures whose reason {@linkplain CheckpointFailureReason#countsAsFailure() counts} are counted,
 *       and only of periodic checkpoints (a failed savepoint is reported to whoever asked for it);
 *   <li>each checkpoint id counts once;
 *   <li>a failure of a checkpoint older than the last completed one is ignored, since that completion already
 *       made up for it; a completion resets the count.
 * </ul>
 *
 * Not thread-safe.
 */
public final class CheckpointFailureCounter {
  private final int tolerable;
  private final Set<Long> failedSinceLastSuccess = new HashSet<>();
  private long lastCompleted;

  public CheckpointFailureCounter(int tolerableFailures) {
    if (tolerableFailures < 0) {
      throw new IllegalArgumentException("Tolerable failures must not be negative, was " + tolerableFailures);
    }
    this.tolerable = tolerableFailures;
  }

  /**
   * Records a failed checkpoint.
   *
   * @return true when the failures now exceed the tolerated number: the job must fail. The count starts again
   *     from zero then, so that the restarted job has the same tolerance.
   */
  public boolean failed(long checkpointId, CheckpointKind kind, CheckpointFailureReason reason) {
    if (kind == CheckpointKind.CHECKPOINT && reason.countsAsFailure() && checkpointId > lastCompleted) {
      failedSinceLastSuccess.add(checkpointId);
    }
    if (failedSinceLastSuccess.size() > tolerable) {
      failedSinceLastSuccess.clear();
      return true;
    }
    return false;
  }

  /** Records a completed checkpoint, which resets the count. */
  public void completed(long checkpointId) {
    lastCompleted = Math.max(lastCompleted, checkpointId);
    failedSinceLastSuccess.clear();
  }

  /** The failures counted since the last completed checkpoint. */
  public int consecutiveFailures() {
    return failedSinceLastSuccess.size();
  }
}
