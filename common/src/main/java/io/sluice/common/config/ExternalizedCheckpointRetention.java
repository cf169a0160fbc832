package io.sluice.common.config;

/**
 * What becomes of a job's retained checkpoints when the job ends
 * ({@code execution.checkpointing.externalized-checkpoint-retention}), with Flink's names and meanings. A job that
 * finishes deletes them in every mode; a process that is killed deletes nothing.
 */
public enum ExternalizedCheckpointRetention {
  /** Checkpoints serve only to recover from failures while the job runs: deleted however the job ends. */
  NO_EXTERNALIZED_CHECKPOINTS,
  /** Kept when the job fails for good (restarts exhausted), deleted when it is canceled or finishes. */
  DELETE_ON_CANCELLATION,
  /** Kept when the job fails or is canceled, to restart it from later; deleted when it finishes. */
  RETAIN_ON_CANCELLATION
}
