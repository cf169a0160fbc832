package io.sluice.executor.api;

/**
 * A {@link SourceReader} whose progress can be recorded in a checkpoint and resumed from: what makes a source
 * replayable, and so a job that reads it exactly-once under failure. Readers that do not implement it are read
 * from the start again after a restore.
 *
 * <p>The runtime calls {@link #position} between two {@code pollNext} calls, on the reader's thread, just before
 * it emits a checkpoint barrier; and {@link #restore} once, before {@code open}, when the job starts from a
 * checkpoint.
 */
public interface CheckpointableSource {
  /** Where the reader is: everything emitted so far lies before this position. */
  long position();

  /** Makes the reader continue with exactly the rows that followed {@code position}; called before open. */
  void restore(long position);
}
