package io.sluice.executor.graph;

/**
 * The key-group arithmetic shared by keyed exchanges and keyed state, as in Flink. A key belongs to one of
 * {@code maxParallelism} key groups: {@code murmur(key.hashCode()) mod maxParallelism}. Key groups are dealt out
 * to the parallel instances in contiguous ranges: group {@code g} goes to subtask
 * {@code g * parallelism / maxParallelism}. Because the number of key groups never changes, a job can later be
 * rescaled by handing whole key groups (and their state) to other subtasks.
 *
 * <p>The murmur mix matters: {@code hashCode()} of small integers and of many strings is far from uniform, and
 * without mixing consecutive keys would land in consecutive groups, all on one subtask.
 */
public final class KeyGroups {
  private KeyGroups() {}

  /** A contiguous, inclusive range of key groups. */
  public record Range(int first, int last) {
    public boolean contains(int keyGroup) {
      return keyGroup >= first && keyGroup <= last;
    }

    /** The number of key groups in the range; 0 when a subtask got none (more subtasks than key groups). */
    public int size() {
      return last - first + 1;
    }
  }

  /** The key group of {@code key} (null keys hash as 0), in {@code [0, maxParallelism)}. */
  public static int keyGroupOf(Object key, int maxParallelism) {
    int hash = key == null ? 0 : key.hashCode();
    return murmur(hash) % maxParallelism;
  }

  /** The subtask that owns {@code keyGroup}. */
  public static int subtaskOfKeyGroup(int keyGroup, int maxParallelism, int parallelism) {
    return keyGroup * parallelism / maxParallelism;
  }

  /** The subtask that owns the key group of {@code key}. */
  public static int subtaskOfKey(Object key, int maxParallelism, int parallelism) {
    return subtaskOfKeyGroup(keyGroupOf(key, maxParallelism), maxParallelism, parallelism);
  }

  /** The key groups {@code subtask} owns: exactly those for which {@link #subtaskOfKeyGroup} returns it. */
  public static Range rangeOf(int subtask, int maxParallelism, int parallelism) {
    // Smallest g with g * parallelism / maxParallelism >= subtask, i.e. ceil(subtask * max / parallelism).
    int first = (subtask * maxParallelism + parallelism - 1) / parallelism;
    int last = ((subtask + 1) * maxParallelism - 1) / parallelism;
    return new Range(first, last);
  }

  /** MurmurHash3's 32-bit mix of one int, made non-negative. */
  static int murmur(int code) {
    int h = code * 0xcc9e2d51;
    h = Integer.rotateLeft(h, 15);
    h *= 0x1b873593;
    h = Integer.rotateLeft(h, 13);
    h = h * 5 + 0xe6546b64;
    h ^= 4; // the length in bytes of the hashed input
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h & Integer.MAX_VALUE;
  }
}
