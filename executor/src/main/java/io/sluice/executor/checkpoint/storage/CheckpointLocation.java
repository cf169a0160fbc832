package io.sluice.executor.checkpoint.storage;

import io.sluice.executor.checkpoint.CheckpointMetadata;
import io.sluice.executor.checkpoint.RestoreSelector;
import io.sluice.executor.checkpoint.StateHandle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The place of one checkpoint or savepoint: its state, written by the tasks, and its metadata, written last by
 * the coordinator's thread. The checkpoint is complete exactly when {@link #readMetadata} succeeds.
 *
 * <p>Thread-safety: tasks write their states concurrently, each to its own name; the other methods are called by
 * the coordinator's thread.
 */
public interface CheckpointLocation extends RestoreSelector.Candidate {
  /** Where it is, as users see it and as {@code execution.state-recovery.path} takes it (for files). */
  @Override
  String pointer();

  /**
   * Opens a new piece of state; {@link StateOutput#closeAndGetHandle()} finishes it and returns the handle to put
   * into the metadata.
   *
   * @param name unique within the location, valid as {@link StateHandle#checkName} says
   * @throws IOException when the name is taken or the location cannot be written (e.g. it was discarded)
   */
  StateOutput createState(String name) throws IOException;

  /**
   * Reads back a piece of state named in this location's metadata.
   *
   * @throws IOException naming the state and the location when it is missing
   */
  InputStream openState(StateHandle handle) throws IOException;

  /**
   * Writes the metadata, which makes the checkpoint complete. Called once, after every state named in it is
   * finished. Atomic: a reader, even after a crash in the middle, finds either no metadata or all of it.
   */
  void writeMetadata(CheckpointMetadata metadata) throws IOException;

  /**
   * Reads the metadata.
   *
   * @throws IOException whose message names the location and says whether the metadata is missing (the
   *     checkpoint never completed) or unreadable (truncated, corrupt, of an unknown version)
   */
  @Override
  CheckpointMetadata readMetadata() throws IOException;

  /**
   * The job's files shared by incremental checkpoints, or null where state must be self-contained (savepoints,
   * in-memory checkpoints): tasks then write full snapshots.
   */
  default SharedStateFiles sharedState() {
    return null;
  }

  /**
   * A shared file that a piece of this location's state names, for a restore.
   *
   * @throws IOException naming the file when it is missing, or when the location has no shared files
   */
  default Path sharedFile(String name) throws IOException {
    throw new IOException("Checkpoint " + pointer() + " keeps no shared files, yet its state names " + name);
  }

  /** Deletes the metadata and every state. Idempotent. */
  void discard() throws IOException;
}
