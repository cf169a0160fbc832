package io.sluice.state.rocksdb;

import java.io.IOException;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.Snapshot;

/**
 * Visits the entries of a key range of one column family in key order, with an iterator bounded to the range
 * (so RocksDB neither reads nor skips tombstones beyond it). Every native object the scan needs (bounds, read
 * options, iterator) is created and closed within {@link #visit}: no handle outlives the call.
 */
final class RocksDbRange {
  /** Receives the iterator on each entry; returns false to stop early. */
  @FunctionalInterface
  interface Visitor {
    boolean visit(RocksIterator entry) throws IOException, RocksDBException;
  }

  private RocksDbRange() {}

  /**
   * Visits the keys in {@code [lower, upper)}; {@code upper} null for no upper bound.
   *
   * @param snapshot the RocksDB snapshot to read, or null for the current state
   * @param fillCache false for bulk reads (snapshots, counts) that should not evict the working set
   */
  static void visit(
      RocksDB db, ColumnFamilyHandle column, byte[] lower, byte[] upper, Snapshot snapshot, boolean fillCache,
      Visitor visitor) throws IOException {
    try (Slice lowerSlice = new Slice(lower);
        Slice upperSlice = upper == null ? null : new Slice(upper);
        ReadOptions read = readOptions(lowerSlice, upperSlice, snapshot, fillCache);
        RocksIterator it = db.newIterator(column, read)) {
      for (it.seek(lower); it.isValid(); it.next()) {
        if (!visitor.visit(it)) {
          return;
        }
      }
      it.status();
    } catch (RocksDBException e) {
      throw new RocksDbStateException("Cannot scan RocksDB", e);
    }
  }

  /** {@link #visit} for visitors that do no I/O of their own. */
  static void visitUnchecked(
      RocksDB db, ColumnFamilyHandle column, byte[] lower, byte[] upper, boolean fillCache, Visitor visitor) {
    try {
      visit(db, column, lower, upper, null, fillCache, visitor);
    } catch (IOException e) {
      throw new IllegalStateException("A visitor without I/O threw an IOException", e);
    }
  }

  private static ReadOptions readOptions(Slice lower, Slice upper, Snapshot snapshot, boolean fillCache) {
    ReadOptions read = new ReadOptions().setIterateLowerBound(lower).setFillCache(fillCache);
    if (upper != null) {
      read.setIterateUpperBound(upper);
    }
    if (snapshot != null) {
      read.setSnapshot(snapshot);
    }
    return read;
  }
}
