package io.sluice.state.rocksdb;

import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyedStateSnapshot;
import io.sluice.state.internal.KeyedSnapshotFormat;
import io.sluice.state.internal.KeyedSnapshotWriter;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.Snapshot;

/**
 * A {@link RocksDbKeyedStateBackend} frozen by a RocksDB snapshot: taking it is O(1) (RocksDB only pins a
 * sequence number), and {@link #writeTo} later reads every state as of that moment and writes it in the
 * canonical {@link KeyedSnapshotFormat}, byte for byte what the heap backend writes for the same state.
 *
 * <p>Each state and key group is read twice, once to count its entries (the format puts the count first) and
 * once to write them, so memory stays bounded whatever the size of a key group. While open, the snapshot keeps
 * RocksDB from dropping the entry versions it sees: close it once written. The backend releases snapshots still
 * open when it closes.
 *
 * <p>{@link #writeTo} may run on another thread than the backend's, while the backend goes on: RocksDB reads are
 * thread-safe. Each read of a key group holds the lock of the RocksDB instance, which closing takes too, so a
 * backend closed meanwhile makes the write fail cleanly rather than read freed native memory.
 */
public final class RocksDbSnapshot implements KeyedStateSnapshot {
  private final RocksDbInstance rocks;
  private final KeyedSnapshotFormat.Header header;
  private final List<ColumnFamilyHandle> columns;
  private final Runnable onClose;
  private final long nowMillis;
  private Snapshot snapshot;

  /** {@code columns}: the column family of each state of the header, in order; {@code nowMillis}: its TTL time. */
  RocksDbSnapshot(RocksDbInstance rocks, KeyedSnapshotFormat.Header header, List<ColumnFamilyHandle> columns,
      long nowMillis, Runnable onClose) {
    this.rocks = rocks;
    this.nowMillis = nowMillis;
    this.header = header;
    this.columns = List.copyOf(columns);
    this.onClose = onClose;
    this.snapshot = rocks.db.getSnapshot();
  }

  @Override
  public KeyGroupRange keyGroupRange() {
    return header.range();
  }

  @Override
  public void writeTo(DataOutput out) throws IOException {
    synchronized (rocks) {
      checkUsable();
    }
    KeyedSnapshotWriter.write(out, header, new KeyedSnapshotWriter.EntrySource() {
      @Override
      public int count(int state, int keyGroup) throws IOException {
        int[] count = {0};
        visit(state, keyGroup, it -> {
          count[0]++;
          return true;
        });
        return count[0];
      }

      @Override
      public void forEach(int state, int keyGroup, KeyedSnapshotWriter.EntryConsumer consumer) throws IOException {
        visit(state, keyGroup, it -> {
          consumer.accept(RocksDbKeys.storeKey(it.key()), it.value());
          return true;
        });
      }
    }, nowMillis);
  }

  private void checkUsable() {
    if (snapshot == null || !rocks.isOpen()) {
      throw new IllegalStateException("The snapshot has been released: it or its backend was closed");
    }
  }

  private void visit(int state, int keyGroup, RocksDbRange.Visitor visitor) throws IOException {
    byte[] start = RocksDbKeys.keyGroupStart(keyGroup);
    synchronized (rocks) {
      checkUsable();
      RocksDbRange.visit(rocks.db, columns.get(state), start, RocksDbKeys.prefixEnd(start), snapshot, false, visitor);
    }
  }

  /** Releases the RocksDB snapshot. Idempotent; safe to call from the thread that wrote the snapshot. */
  @Override
  public void close() {
    synchronized (rocks) {
      if (snapshot == null) {
        return;
      }
      if (rocks.isOpen()) {
        rocks.db.releaseSnapshot(snapshot);
      }
      snapshot.close();
      snapshot = null;
      onClose.run();
    }
  }
}
