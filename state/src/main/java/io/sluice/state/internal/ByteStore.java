package io.sluice.state.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The byte-level storage of one registered state: all a backend has to provide. Typed handles, namespaces and
 * TTL are layered on top by {@link AbstractKeyedStateBackend} and are the same for every backend.
 *
 * <p>Keys are opaque bytes within a key group. The typed layer builds them as {@code key ‖ namespace} (value,
 * list, reducing, aggregating state) or {@code key ‖ namespace ‖ mapKey} (map state) from self-delimiting
 * serializations, so the entries of one map are exactly those whose key starts with {@code key ‖ namespace}.
 * A store never keeps a reference to an array it was given being changed: callers do not modify arrays after
 * passing them in, and must not modify arrays they get back.
 */
public interface ByteStore {
  /** The value stored under the key, or null. */
  byte[] get(int keyGroup, byte[] key);

  void put(int keyGroup, byte[] key, byte[] value);

  void remove(int keyGroup, byte[] key);

  /**
   * Appends bytes to the value under the key, or stores them when there is none: list state adds elements this
   * way. Backends with a merge operator override it to avoid reading the list.
   */
  default void append(int keyGroup, byte[] key, byte[] bytes) {
    byte[] old = get(keyGroup, key);
    if (old == null) {
      put(keyGroup, key, bytes);
      return;
    }
    byte[] joined = new byte[old.length + bytes.length];
    System.arraycopy(old, 0, joined, 0, old.length);
    System.arraycopy(bytes, 0, joined, old.length, bytes.length);
    put(keyGroup, key, joined);
  }

  /**
   * The entries whose key starts with {@code prefix}, in ascending unsigned order of keys. Weakly consistent: the
   * store may be changed while the iterator is in use; an entry already returned is not returned again, and
   * whether changes ahead of the iterator are seen is unspecified (the heap copies the entries at the call, RocksDB
   * reads them in batches). The iterator holds no resource that needs closing, since callers may abandon it. It
   * does not support remove.
   */
  Iterator<Map.Entry<byte[], byte[]>> scan(int keyGroup, byte[] prefix);

  /** One stored entry and the key group it is in. */
  record Entry(int keyGroup, byte[] key, byte[] value) {}

  /**
   * Up to {@code limit} entries in order of key group, then key, from a position: the entries of
   * {@code keyGroup} whose keys are greater than {@code afterKey} (all of its entries when {@code afterKey} is
   * null), then those of the later key groups of the store's range. Fewer than {@code limit} only when the end of
   * the range is reached. For the incremental TTL cleanup, which walks a store a few entries at a time between
   * records and must not hold an iterator across them.
   */
  List<Entry> entriesAfter(int keyGroup, byte[] afterKey, int limit);

  /** Removes every entry whose key starts with {@code prefix}. */
  void removePrefix(int keyGroup, byte[] prefix);

  /** The number of entries over all key groups; may take time linear in the entries (RocksDB counts them). */
  long size();

  /** Removes every entry and releases resources; called once when the backend closes. */
  void close();
}
