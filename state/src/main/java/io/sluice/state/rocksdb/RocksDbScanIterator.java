package io.sluice.state.rocksdb;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.rocksdb.ColumnFamilyHandle;

/**
 * A prefix scan read in batches: each batch opens an iterator bounded to the rest of the range, copies up to
 * {@value #BATCH} entries and closes it again, and the next batch starts just after the last key read. No native
 * handle is held between calls, so an iterator the caller abandons (as {@code isEmpty()} does after one entry)
 * leaks nothing, and a map of any size is iterated in bounded memory.
 *
 * <p>Each batch sees the store as of its start. The caller may change the store between batches: changes to keys
 * already returned are never seen again, changes ahead of the iterator may be — the weak consistency that
 * {@link io.sluice.state.internal.ByteStore#scan} allows.
 */
final class RocksDbScanIterator implements Iterator<Map.Entry<byte[], byte[]>> {
  static final int BATCH = 128;

  private final RocksDbInstance rocks;
  private final ColumnFamilyHandle column;
  private final byte[] upper;
  private byte[] nextLower;
  private Iterator<Map.Entry<byte[], byte[]>> batch = List.<Map.Entry<byte[], byte[]>>of().iterator();

  /** Scans {@code [lower, upper)} of the column family; both are RocksDB keys with their key-group prefix. */
  RocksDbScanIterator(RocksDbInstance rocks, ColumnFamilyHandle column, byte[] lower, byte[] upper) {
    this.rocks = rocks;
    this.column = column;
    this.upper = upper;
    this.nextLower = lower;
  }

  @Override
  public boolean hasNext() {
    if (!batch.hasNext() && nextLower != null) {
      readBatch();
    }
    return batch.hasNext();
  }

  @Override
  public Map.Entry<byte[], byte[]> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return batch.next();
  }

  private void readBatch() {
    rocks.checkOpen();
    List<Map.Entry<byte[], byte[]>> entries = new ArrayList<>(BATCH);
    byte[][] last = {null};
    RocksDbRange.visitUnchecked(rocks.db, column, nextLower, upper, true, it -> {
      if (entries.size() == BATCH) {
        return false;
      }
      last[0] = it.key();
      entries.add(new SimpleImmutableEntry<>(RocksDbKeys.storeKey(last[0]), it.value()));
      return true;
    });
    // A full batch may have more after it; a short one ended the range.
    nextLower = entries.size() == BATCH ? RocksDbKeys.successor(last[0]) : null;
    batch = entries.iterator();
  }
}
