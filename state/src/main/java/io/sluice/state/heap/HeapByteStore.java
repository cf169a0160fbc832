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
 * current maps and pins each; a write to a pinned key group first replaces its map by a copy (linear in that
 * group's entries) and writes to the copy. Freezing is therefore O(key groups), whatever the size of the state,
 * and the frozen maps can be written out later while processing goes on. Once the snapshot is written its maps
 * are {@linkplain Frozen#release released}, and a group not written to meanwhile is changed in place again: only
 * the groups written to while a snapshot was being written are copied, not, as with a flag cleared only by a copy,
 * every group written to between two checkpoints (with a checkpoint a second, that was the whole state copied
 * every second).
 */
final class HeapByteStore implements ByteStore {
  private final KeyGroupRange range;
  private final Group[] groups;

  /**
   * One key group's map and the number of unreleased snapshots that hold it. The count is decremented on the
   * snapshot writer's thread once it has read the map, and read on the task's thread before each write: being
   * volatile, a count the task sees at zero was written after the writer's reads. A stale count only costs a copy.
   */
  private static final class Group {
    final TreeMap<byte[], byte[]> map;
    private volatile int readers;

    Group(TreeMap<byte[], byte[]> map) {
      this.map = map;
    }

    synchronized void pin() {
      readers++;
    }

    synchronized void unpin() {
      readers--;
    }

    boolean pinned() {
      return readers > 0;
    }
  }

  HeapByteStore(KeyGroupRange range) {
    this.range = range;
    this.groups = new Group[range.size()];
  }

  private int index(int keyGroup) {
    if (!range.contains(keyGroup)) {
      throw new IllegalArgumentException("Key group " + keyGroup + " outside " + range);
    }
    return keyGroup - range.start();
  }

  /** The map of a key group for reading, or null when the group has no entries yet. */
  private TreeMap<byte[], byte[]> readable(int keyGroup) {
    Group group = groups[index(keyGroup)];
    return group == null ? null : group.map;
  }

  /** The map of a key group for writing: created if missing, copied first if an unreleased snapshot holds it. */
  private TreeMap<byte[], byte[]> writable(int keyGroup) {
    int i = index(keyGroup);
    Group group = groups[i];
    if (group == null) {
      group = new Group(new TreeMap<>(Arrays::compareUnsigned));
      groups[i] = group;
    } else if (group.pinned()) {
      group = new Group(new TreeMap<>(group.map));
      groups[i] = group;
    }
    return group.map;
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
    for (Group group : groups) {
      size += group == null ? 0 : group.map.size();
    }
    return size;
  }

  /**
   * The current contents of every key group of the range, as maps that do not change until {@link Frozen#release}:
   * writes meanwhile go to copies.
   */
  Frozen freeze() {
    List<NavigableMap<byte[], byte[]>> maps = new ArrayList<>(groups.length);
    List<Group> pinned = new ArrayList<>();
    for (Group group : groups) {
      if (group == null) {
        maps.add(Collections.emptyNavigableMap());
      } else {
        group.pin();
        pinned.add(group);
        maps.add(Collections.unmodifiableNavigableMap(group.map));
      }
    }
    return new Frozen(maps, pinned);
  }

  /** The key groups of a store as {@link #freeze} found them. */
  static final class Frozen {
    private final List<NavigableMap<byte[], byte[]>> maps;
    private final List<Group> pinned;
    private boolean released;

    private Frozen(List<NavigableMap<byte[], byte[]>> maps, List<Group> pinned) {
      this.maps = maps;
      this.pinned = pinned;
    }

    /** The maps by key group, index 0 for the range's first; empty for groups without entries. */
    List<NavigableMap<byte[], byte[]>> maps() {
      return maps;
    }

    /**
     * Lets the store change the maps in place again; the maps must not be read afterwards. Idempotent, any
     * thread.
     */
    synchronized void release() {
      if (!released) {
        released = true;
        pinned.forEach(Group::unpin);
      }
    }
  }

  @Override
  public void close() {
    Arrays.fill(groups, null);
  }
}
