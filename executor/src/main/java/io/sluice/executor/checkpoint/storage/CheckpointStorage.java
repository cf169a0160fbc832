package io.sluice.executor.checkpoint.storage;

import java.io.IOException;
import java.util.List;

/**
 * Where one job's checkpoints are kept ({@code execution.checkpointing.storage}), and where its savepoints go.
 * The thin I/O shell under the checkpoint protocol: it creates, lists and deletes locations and decides nothing.
 * Built by {@link CheckpointStorageSettings#createStorage}.
 */
public interface CheckpointStorage {
  /**
   * Creates the empty location of a new checkpoint.
   *
   * @throws IOException when it cannot be created, or exists already
   */
  CheckpointLocation createCheckpoint(long checkpointId) throws IOException;

  /** The location of one of this job's checkpoints, whether or not it exists: to delete or restore it. */
  CheckpointLocation checkpoint(long checkpointId);

  /**
   * This job's checkpoints that exist, complete or not, newest first: the candidates of a restore
   * ({@code io.sluice.executor.checkpoint.RestoreSelector}).
   */
  List<CheckpointLocation> checkpointsNewestFirst() throws IOException;

  /**
   * Creates the location of a new savepoint: a new, self-contained directory {@code savepoint-<job>-<random>}
   * under {@code directory}, or under the configured savepoint directory when {@code directory} is null.
   *
   * @throws IOException when no directory is given or configured, or it cannot be written
   */
  CheckpointLocation createSavepoint(String directory) throws IOException;
}
