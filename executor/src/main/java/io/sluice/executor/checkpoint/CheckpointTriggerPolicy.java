package io.sluice.executor.checkpoint;

import java.time.Duration;

/**
 * Decides when the next periodic checkpoint may start. Pure logic: the caller passes the time in and says when
 * checkpoints start and end.
 *
 * <p>Three rules, all of which must allow a start: the <em>interval</em> runs from the start of the previous
 * checkpoint (from the policy's creation for the first), so checkpoints start at a fixed rate while they are
 * quick; fewer than <em>max-concurrent</em> checkpoints may be in progress; and the <em>min-pause</em> runs from
 * the end, completed or failed, of the last checkpoint that ended, so a slow checkpoint cannot be followed at once
 * by the next one and leave no time to process rows. A start that one rule holds back is not skipped but
 * delayed: it happens as soon as all rules allow it.
 *
 * <p>Not thread-safe: used by the coordinator's one thread.
 */
public final class CheckpointTriggerPolicy {
  private final long intervalMillis;
  private final long minPauseMillis;
  private final int maxConcurrent;
  private long lastStart;
  private long lastEnd;
  private boolean anyEnded;

  /**
   * @param startTime when the job started running, epoch milliseconds: the first checkpoint is due one interval
   *     later
   */
  public CheckpointTriggerPolicy(Duration interval, Duration minPause, int maxConcurrent, long startTime) {
    if (interval.isNegative() || interval.isZero() || minPause.isNegative() || maxConcurrent <= 0) {
      throw new IllegalArgumentException("Invalid trigger policy: interval=" + interval + ", minPause=" + minPause
          + ", maxConcurrent=" + maxConcurrent);
    }
    this.intervalMillis = interval.toMillis();
    this.minPauseMillis = minPause.toMillis();
    this.maxConcurrent = maxConcurrent;
    this.lastStart = startTime;
  }

  /**
   * The earliest time a periodic checkpoint may start while {@code inProgress} checkpoints are in progress;
   * {@link Long#MAX_VALUE} while that is the maximum, since only an end can change that.
   */
  public long nextStartTime(int inProgress) {
    if (inProgress >= maxConcurrent) {
      return Long.MAX_VALUE;
    }
    long byInterval = lastStart + intervalMillis;
    return anyEnded ? Math.max(byInterval, lastEnd + minPauseMillis) : byInterval;
  }

  /** Whether a periodic checkpoint may start at {@code now}. */
  public boolean isDue(long now, int inProgress) {
    return now >= nextStartTime(inProgress);
  }

  /** Records that a checkpoint (or savepoint) started at {@code now}. */
  public void started(long now) {
    lastStart = now;
  }

  /**
   * Records that the job was restarted at {@code now}: the first checkpoint after it is due one interval later
   * (the pause after checkpoints that ended before still applies).
   */
  public void jobRestarted(long now) {
    lastStart = now;
  }

  /** Records that a checkpoint (or savepoint) ended, completed or not, at {@code now}. */
  public void ended(long now) {
    lastEnd = anyEnded ? Math.max(lastEnd, now) : now;
    anyEnded = true;
  }
}
