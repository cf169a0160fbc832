package io.sluice.executor.runtime;

/**
 * Where a job is in its life. A job starts RUNNING, goes to RESTARTING and back to RUNNING for every restart after
 * a failure, and makes exactly one transition to a terminal status.
 */
public enum JobStatus {
  /** Tasks are running (or a cancellation or failure is being cleaned up). */
  RUNNING,
  /**
   * A task failed and the restart strategy allowed a restart: the tasks are being canceled, or the restart delay
   * runs; {@link JobHandle#restarts()} counts the restarts, {@link JobHandle#lastFailure()} says why.
   */
  RESTARTING,
  /** Every task read its input to the end. */
  FINISHED,
  /** A task threw; {@link JobHandle#failure()} says what. */
  FAILED,
  /** {@link JobHandle#cancel()} stopped the job. */
  CANCELED;

  public boolean isTerminal() {
    return this != RUNNING && this != RESTARTING;
  }
}
