package io.sluice.connectors.jdbc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The lookup results of recently looked-up keys: at most {@code maxRows} keys, least recently used evicted first,
 * each result used for {@code ttlMillis} after it was read. Thread-safe (one lock; a lookup's query runs outside
 * it).
 */
final class LookupCache {
  private record Entry(List<Object[]> rows, long readAt) {}

  private final long ttlMillis;
  private final LongSupplier clock;
  private final Map<List<Object>, Entry> entries;

  LookupCache(long maxRows, long ttlMillis, LongSupplier clock) {
    this.ttlMillis = ttlMillis;
    this.clock = clock;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<List<Object>, Entry> eldest) {
        return size() > maxRows;
      }
    };
  }

  /** The cached rows of the key, or null if it is not cached or its result is older than the TTL. */
  synchronized List<Object[]> get(List<Object> key) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    if (clock.getAsLong() - entry.readAt() >= ttlMillis) {
      entries.remove(key);
      return null;
    }
    return entry.rows();
  }

  synchronized void put(List<Object> key, List<Object[]> rows) {
    entries.put(key, new Entry(List.copyOf(rows), clock.getAsLong()));
  }

  synchronized int size() {
    return entries.size();
  }
}
