package io.sluice.state.rocksdb;

import io.sluice.state.KeyGroupRange;
import io.sluice.state.internal.ByteStore;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/**
 * The bytes of one state in its own RocksDB column family, under the keys of {@link RocksDbKeys}
 * ({@code keyGroup ‖ storeKey}). Point operations are single RocksDB calls; {@link #append} is a RocksDB merge,
 * so adding to a list never reads it; prefix scans and deletions are bounded range scans. {@link #size()}
 * counts by scanning the column family.
 */
final class RocksDbByteStore implements ByteStore {
  private final RocksDbInstance rocks;
  private final ColumnFamilyHandle column;
  private final KeyGroupRange range;

  RocksDbByteStore(RocksDbInstance rocks, ColumnFamilyHandle column, KeyGroupRange range) {
    this.rocks = rocks;
    this.column = column;
    this.range = range;
  }

  ColumnFamilyHandle column() {
    return column;
  }

  private byte[] rocksKey(int keyGroup, byte[] key) {
    if (!range.contains(keyGroup)) {
      throw new IllegalArgumentException("Key group " + keyGroup + " outside " + range);
    }
    rocks.checkOpen();
    return RocksDbKeys.of(keyGroup, key);
  }

  @Override
  public byte[] get(int keyGroup, byte[] key) {
    try {
      return rocks.db.get(column, rocksKey(keyGroup, key));
    } catch (RocksDBException e) {
      throw new RocksDbStateException("Cannot read state", e);
    }
  }

  @Override
  public void put(int keyGroup, byte[] key, byte[] value) {
    try {
      rocks.db.put(column, rocks.writeOptions, rocksKey(keyGroup, key), value);
    } catch (RocksDBException e) {
      throw new RocksDbStateException("Cannot write state", e);
    }
  }

  @Override
  public void remove(int keyGroup, byte[] key) {
    try {
      rocks.db.delete(column, rocks.writeOptions, rocksKey(keyGroup, key));
    } catch (RocksDBException e) {
      throw new RocksDbStateException("Cannot delete state", e);
    }
  }

  @Override
  public void append(int keyGroup, byte[] key, byte[] bytes) {
    try {
      rocks.db.merge(column, rocks.writeOptions, rocksKey(keyGroup, key), bytes);
    } catch (RocksDBException e) {
      throw new RocksDbStateException("Cannot append to state", e);
    }
  }

  @Override
  public Iterator<Map.Entry<byte[], byte[]>> scan(int keyGroup, byte[] prefix) {
    byte[] lower = rocksKey(keyGroup, prefix);
    return new RocksDbScanIterator(rocks, column, lower, RocksDbKeys.prefixEnd(lower));
  }

  /** A bounded scan from the position each time: nothing stays open between calls. */
  @Override
  public List<Entry> entriesAfter(int keyGroup, byte[] afterKey, int limit) {
    rocks.checkOpen();
    byte[] lower = afterKey == null
        ? RocksDbKeys.keyGroupStart(keyGroup) : RocksDbKeys.successor(rocksKey(keyGroup, afterKey));
    byte[] upper = RocksDbKeys.prefixEnd(RocksDbKeys.keyGroupStart(range.end()));
    List<Entry> entries = new ArrayList<>(limit);
    RocksDbRange.visitUnchecked(rocks.db, column, lower, upper, false, it -> {
      byte[] key = it.key();
      entries.add(new Entry(RocksDbKeys.keyGroup(key), RocksDbKeys.storeKey(key), it.value()));
      return entries.size() < limit;
    });
    return entries;
  }

  @Override
  public void removePrefix(int keyGroup, byte[] prefix) {
    byte[] lower = rocksKey(keyGroup, prefix);
    // Point deletes of the keys found rather than one range tombstone: clearing a map is frequent and per key,
    // and many small range tombstones slow down every later read of the column family.
    try (WriteBatch batch = new WriteBatch()) {
      RocksDbRange.visitUnchecked(rocks.db, column, lower, RocksDbKeys.prefixEnd(lower), true, it -> {
        batch.delete(column, it.key());
        return true;
      });
      if (batch.count() > 0) {
        rocks.db.write(rocks.writeOptions, batch);
      }
    } catch (RocksDBException e) {
      throw new RocksDbStateException("Cannot delete state", e);
    }
  }

  @Override
  public long size() {
    if (!rocks.isOpen()) {
      return 0;
    }
    long[] count = {0};
    RocksDbRange.visitUnchecked(rocks.db, column, RocksDbKeys.keyGroupStart(range.start()), null, false, it -> {
      count[0]++;
      return true;
    });
    return count[0];
  }

  /** Releases the column family handle; its data goes with the working directory. */
  @Override
  public void close() {
    column.close();
  }
}
