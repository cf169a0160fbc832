package io.sluice.executor.runtime;

/** Where a job is in its life. A job starts RUNNING and makes exactly one transition to a terminal status. */
public enum JobStatus {
  /** Tasks are running (or a cancellation or failure is being cleaned up). */
  RUNNING,
  /** Every task read its input to the end. */
  FINISHED,
  /** A task threw; {@link JobHandle#failure()} says what. */
  FAILED,
  /** {@link JobHandle#cancel()} stopped the job. */
  CANCELED;

  public boolean isTerminal() {
    return this != RUNNING;
  }
}
