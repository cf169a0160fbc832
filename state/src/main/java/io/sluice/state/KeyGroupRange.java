package io.sluice.state;

/**
 * The key groups {@code start..end} (both inclusive) one subtask owns. A key group is the unit in which keyed
 * state is assigned to subtasks, snapshotted and redistributed on rescaling. A range is empty when
 * {@code end == start - 1}, which happens to subtasks when the parallelism exceeds the number of key groups.
 */
public record KeyGroupRange(int start, int end) {
  public KeyGroupRange {
    if (start < 0 || end < start - 1) {
      throw new IllegalArgumentException("Invalid key-group range [" + start + ", " + end + "]");
    }
  }

  /** All key groups of a job with this maximum parallelism. */
  public static KeyGroupRange all(int maxParallelism) {
    return new KeyGroupRange(0, maxParallelism - 1);
  }

  public int size() {
    return end - start + 1;
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  public boolean contains(int keyGroup) {
    return keyGroup >= start && keyGroup <= end;
  }

  public boolean contains(KeyGroupRange other) {
    return other.isEmpty() || (contains(other.start) && contains(other.end));
  }

  /** The key groups in both ranges (possibly none). */
  public KeyGroupRange intersect(KeyGroupRange other) {
    int s = Math.max(start, other.start);
    int e = Math.min(end, other.end);
    return e < s ? new KeyGroupRange(s, s - 1) : new KeyGroupRange(s, e);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + "]";
  }
}
