package io.sluice.state.rocksdb;

import org.rocksdb.LRUCache;
import org.rocksdb.WriteBufferManager;

/**
 * A memory budget that several {@link RocksDbKeyedStateBackend}s share, as the keyed operators of one task (one
 * slot) do: one LRU block cache of the budget's size for data, index and filter blocks, and a write-buffer manager
 * that charges every instance's memtables to the same cache, up to half of it. However many keyed operators the
 * task has, their RocksDB instances together stay within the budget.
 *
 * <p>The owner (the task) closes it after every backend that uses it has closed: RocksDB instances hold the
 * cache and must be gone first.
 */
public final class RocksDbSharedMemory implements AutoCloseable {
  private final long bytes;
  private final LRUCache cache;
  private final WriteBufferManager writeBuffers;

  public RocksDbSharedMemory(long bytes) {
    if (bytes < RocksDbBackendOptions.MIN_MEMORY_BYTES) {
      throw new IllegalArgumentException("RocksDB memory must be at least "
          + (RocksDbBackendOptions.MIN_MEMORY_BYTES >> 20) + " MB, was " + bytes + " bytes");
    }
    RocksDbInstance.loadLibrary();
    this.bytes = bytes;
    this.cache = RocksDbInstance.newCache(bytes);
    this.writeBuffers = new WriteBufferManager(bytes / 2, cache);
  }

  public long bytes() {
    return bytes;
  }

  LRUCache cache() {
    return cache;
  }

  WriteBufferManager writeBuffers() {
    return writeBuffers;
  }

  /** Releases the cache and the write-buffer manager. Idempotent. */
  @Override
  public void close() {
    writeBuffers.close();
    cache.close();
  }
}
