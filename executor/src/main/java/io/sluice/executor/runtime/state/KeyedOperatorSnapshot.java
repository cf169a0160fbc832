package io.sluice.executor.runtime.state;

import io.sluice.executor.checkpoint.StateHandle;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;
import java.io.IOException;

/**
 * The keyed state and timers of one keyed operator instance, frozen on the task's thread (the synchronous part of
 * a checkpoint) and written later, possibly on another thread, while the operator goes on. Two kinds:
 * {@link FullKeyedSnapshot}, the canonical format every backend reads (savepoints, heap state, non-incremental
 * checkpoints), and {@link IncrementalKeyedSnapshot}, RocksDB's files of which only new ones are uploaded.
 */
public interface KeyedOperatorSnapshot extends AutoCloseable {
  /**
   * Writes the snapshot as one piece of state of the checkpoint.
   *
   * @param name the piece's name within the location
   * @throws IOException when it cannot be written; nothing is left in the location then
   */
  Written write(CheckpointLocation location, long checkpointId, String name) throws IOException;

  /** Releases what the snapshot pins (a RocksDB snapshot, a local checkpoint directory). Idempotent. */
  @Override
  void close();

  /**
   * What a write produced.
   *
   * @param handle the piece to name in the checkpoint's metadata
   * @param fullBytes the size of the whole state this piece stands for, shared files included
   * @param incrementalBytes what this checkpoint wrote for it: the piece and the shared files it uploaded
   */
  record Written(StateHandle handle, long fullBytes, long incrementalBytes) {}
}
