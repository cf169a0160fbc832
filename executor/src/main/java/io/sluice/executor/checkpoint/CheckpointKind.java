package io.sluice.executor.checkpoint;

/** What a snapshot of a job is for. Both are written in the same format. */
public enum CheckpointKind {
  /**
   * Periodic, owned by the job: it recovers the job from failures, is deleted once subsumed by newer ones, and on
   * the job's end as {@code execution.checkpointing.externalized-checkpoint-retention} says.
   */
  CHECKPOINT,
  /**
   * Taken on request, owned by the user: self-contained in its own directory under the savepoint directory, never
   * deleted by Sluice, restored with {@code execution.state-recovery.path}.
   */
  SAVEPOINT
}
