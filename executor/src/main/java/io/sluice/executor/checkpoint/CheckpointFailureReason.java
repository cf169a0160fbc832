package io.sluice.executor.checkpoint;

/**
 * Why a checkpoint did not complete, and whether that counts against
 * {@code execution.checkpointing.tolerable-failed-checkpoints} (as in Flink, only failures of the checkpoint
 * itself count, not those caused by the job failing or by a newer checkpoint completing first).
 */
public enum CheckpointFailureReason {
  /** Not acknowledged by every task within the timeout. */
  EXPIRED(true),
  /** A task could not take or write its snapshot. */
  DECLINED(true),
  /** Every task acknowledged, but the metadata could not be written. */
  FINALIZE_FAILED(true),
  /** A newer checkpoint completed first, which makes this one useless. */
  SUBSUMED(false),
  /** The job failed, restarts, or ended while the checkpoint was in progress. */
  JOB_ABORTED(false);

  private final boolean counts;

  CheckpointFailureReason(boolean counts) {
    this.counts = counts;
  }

  /** Whether a periodic checkpoint that failed for this reason counts as a failed checkpoint. */
  public boolean countsAsFailure() {
    return counts;
  }
}
