package io.sluice.state.heap;

import io.sluice.state.KeyGroupRange;
import io.sluice.state.internal.ByteStore;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The bytes of one state on the heap: one sorted map per key group, from store key to value, ordered by unsigned
 * bytes so that the entries of one map state (a common key prefix) are adjacent.
 *
 * <p>Snapshots are copy-on-write per key group. Values are byte arrays that are never changed once stored, so
 * a map that no one writes to any more is a consistent image of its key group. {@link #freeze} hands out the
 * current maps and marks each as shared; the next write to a shared key group first replaces its map by a copy
 * (linear in that group's entries, once per group per snapshot) and writes to the copy. Freezing is therefore
 * O(key groups), whatever the size of the state, and the frozen maps can be written out later while processing
 * goes on.
 */
final class HeapByteStore implements ByteStore {
  private final KeyGroupRange range;
  private final TreeMap<byte[], byte[]>[] groups;
  private final boolean[] shared;

  @SuppressWarnings("unchecked")
  HeapByteStore(KeyGroupRange range) {
    this.range = range;
    this.groups = new TreeMap[range.size()];
    this.shared = new boolean[range.size()];
  }

  private int index(int keyGroup) {
    if (!range.contains(keyGroup)) {
      throw new IllegalArgumentException("Key group " + keyGroup + " outside " + range);
    }
    return keyGroup - range.start();
  }

  /** The map of a key group for reading, or null when the group has no entries yet. */
  private TreeMap<byte[], byte[]> readable(int keyGroup) {
    return groups[index(keyGroup)];
  }

  /** The map of a key group for writing: created if missing, copied first if a snapshot shares it. */
  private TreeMap<byte[], byte[]> writable(int keyGroup) {
    int i = index(keyGroup);
    TreeMap<byte[], byte[]> map = groups[i];
    if (map == null) {
      map = new TreeMap<>(Arrays::compareUnsigned);
      groups[i] = map;
    } else if (shared[i]) {
      map = new TreeMap<>(map);
      groups[i] = map;
      shared[i] = false;
    }
    return map;
  }

  @Override
  public byte[] get(int keyGroup, byte[] key) {
    TreeMap<byte[], byte[]> map = readable(keyGroup);
    return map == null ? null : map.get(key);
  }

  @Override
  public void put(int keyGroup, byte[] key, byte[] value) {
    writable(keyGroup).put(key, value);
  }

  @Override
  public void remove(int keyGroup, byte[] key) {
    TreeMap<byte[], byte[]> map = readable(keyGroup);
    if (map != null && map.containsKey(key)) {
      writable(keyGroup).remove(key);
    }
  }

  @Override
  public Iterator<Map.Entry<byte[], byte[]>> scan(int keyGroup, byte[] prefix) {
    TreeMap<byte[], byte[]> map = readable(keyGroup);
    if (map == null) {
      return Collections.emptyIterator();
    }
    // Copied so that the caller may change the store while iterating.
    List<Map.Entry<byte[], byte[]>> entries = new ArrayList<>();
    for (Map.Entry<byte[], byte[]> e : map.tailMap(prefix, true).entrySet()) {
      if (!startsWith(e.getKey(), prefix)) {
        break;
      }
      entries.add(new SimpleImmutableEntry<>(e.getKey(), e.getValue()));
    }
    return entries.iterator();
  }

  @Override
  public List<Entry> entriesAfter(int keyGroup, byte[] afterKey, int limit) {
    List<Entry> entries = new ArrayList<>(limit);
    for (int group = keyGroup; group <= range.end() && entries.size() < limit; group++) {
      TreeMap<byte[], byte[]> map = readable(group);
      if (map == null) {
        continue;
      }
      Map<byte[], byte[]> tail = group == keyGroup && afterKey != null ? map.tailMap(afterKey, false) : map;
      for (Map.Entry<byte[], byte[]> e : tail.entrySet()) {
        if (entries.size() == limit) {
          break;
        }
        entries.add(new Entry(group, e.getKey(), e.getValue()));
      }
    }
    return entries;
  }

  @Override
  public void removePrefix(int keyGroup, byte[] prefix) {
    TreeMap<byte[], byte[]> map = readable(keyGroup);
    if (map == null) {
      return;
    }
    byte[] first = map.ceilingKey(prefix);
    if (first == null || !startsWith(first, prefix)) {
      return;
    }
    Iterator<byte[]> keys = writable(keyGroup).tailMap(prefix, true).keySet().iterator();
    while (keys.hasNext() && startsWith(keys.next(), prefix)) {
      keys.remove();
    }
  }

  private static boolean startsWith(byte[] key, byte[] prefix) {
    return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }

  @Override
  public long size() {
    long size = 0;
    for (TreeMap<byte[], byte[]> map : groups) {
      size += map == null ? 0 : map.size();
    }
    return size;
  }

  /**
   * The current contents of every key group of the range, index 0 for its first group, as maps that will never
   * change: later writes go to copies. Empty maps for groups without entries.
   */
  List<NavigableMap<byte[], byte[]>> freeze() {
    List<NavigableMap<byte[], byte[]>> frozen = new ArrayList<>(groups.length);
    for (int i = 0; i < groups.length; i++) {
      if (groups[i] == null) {
        frozen.add(Collections.emptyNavigableMap());
      } else {
        shared[i] = true;
        frozen.add(Collections.unmodifiableNavigableMap(groups[i]));
      }
    }
    return frozen;
  }

  @Override
  public void close() {
    Arrays.fill(groups, null);
  }
}
