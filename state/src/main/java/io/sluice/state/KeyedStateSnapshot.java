package io.sluice.state;

import java.io.DataOutput;
import java.io.IOException;

/**
 * The state of a {@link KeyedStateBackend} at the moment {@link KeyedStateBackend#snapshot()} was called, to be
 * written out later, while the backend goes on changing. Every backend writes the same canonical, versioned
 * format (see {@code io.sluice.state.internal.KeyedSnapshotFormat}), so a snapshot of one backend restores into
 * any other, and into backends with other key-group ranges (rescaling).
 *
 * <p>A snapshot may pin resources of its backend (a RocksDB snapshot keeps old versions of entries alive), so the
 * caller closes it once it has been written. A backend may release its open snapshots when it closes (the RocksDB
 * backend does): write a snapshot before closing its backend.
 *
 * <p>Unlike the backend, a snapshot may be written and closed on another thread, while the backend's thread goes
 * on processing: that is the asynchronous part of a checkpoint.
 */
public interface KeyedStateSnapshot extends AutoCloseable {
  /** The first four bytes of every snapshot {@link #writeTo} writes ("SLKH"), to tell it from other data. */
  int FORMAT_MAGIC = 0x534C4B48;

  /** The key groups the snapshot holds. */
  KeyGroupRange keyGroupRange();

  /**
   * Writes the snapshot in the canonical format. May be called more than once before {@link #close()}; each
   * call writes the same bytes.
   *
   * @throws IllegalStateException when the snapshot, or a backend that released it, has been closed
   */
  void writeTo(DataOutput out) throws IOException;

  /** Releases what the snapshot pins. Idempotent. */
  @Override
  void close();
}
