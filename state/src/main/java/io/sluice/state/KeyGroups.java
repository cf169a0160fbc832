package io.sluice.state;

import io.sluice.common.Row;
import java.util.Arrays;

/**
 * Maps keys to key groups and key groups to subtasks, in Flink's manner (the formulas for ranges are Flink's; the
 * key-to-group hash is not bit-compatible with it). A key's group is the murmur-mixed hash code of the key taken
 * non-negatively modulo the maximum parallelism; subtask {@code i} of {@code p} owns the contiguous key groups
 * {@code [ceil(i * max / p), ceil((i + 1) * max / p) - 1]}, which is the same as saying that key group
 * {@code g} belongs to subtask {@code g * p / max}. The maximum parallelism is therefore fixed for the life of a
 * job's state: changing it reshuffles every key.
 *
 * <p>Key groups outlive the process, so the hash of a key must be the same in every JVM: keys are values of SQL
 * types (Long, String, BigDecimal, ...) or {@link Row}s of them. A row is hashed by its fields only, because
 * {@link Row#hashCode} includes the row kind, whose hash is an identity hash that differs from run to run.
 */
public final class KeyGroups {
  /** Flink's default, used when a job sets none: enough key groups for rescaling to 128 subtasks. */
  public static final int DEFAULT_MAX_PARALLELISM = 128;

  private KeyGroups() {}

  public static int assignToKeyGroup(Object key, int maxParallelism) {
    checkMaxParallelism(maxParallelism);
    return Math.floorMod(murmurMix(stableHash(key)), maxParallelism);
  }

  public static KeyGroupRange rangeForSubtask(int maxParallelism, int parallelism, int subtaskIndex) {
    checkParallelism(maxParallelism, parallelism);
    if (subtaskIndex < 0 || subtaskIndex >= parallelism) {
      throw new IllegalArgumentException("Subtask index " + subtaskIndex + " not in [0, " + parallelism + ")");
    }
    // long arithmetic: i * max overflows int for large maximum parallelisms.
    int start = (int) (((long) subtaskIndex * maxParallelism + parallelism - 1) / parallelism);
    int end = (int) (((long) (subtaskIndex + 1) * maxParallelism + parallelism - 1) / parallelism) - 1;
    return new KeyGroupRange(start, end);
  }

  public static int subtaskForKeyGroup(int maxParallelism, int parallelism, int keyGroup) {
    checkParallelism(maxParallelism, parallelism);
    if (keyGroup < 0 || keyGroup >= maxParallelism) {
      throw new IllegalArgumentException("Key group " + keyGroup + " not in [0, " + maxParallelism + ")");
    }
    return (int) ((long) keyGroup * parallelism / maxParallelism);
  }

  private static int stableHash(Object key) {
    if (key == null) {
      throw new NullPointerException("State keys cannot be null");
    }
    return key instanceof Row row ? Arrays.deepHashCode(row.fields()) : key.hashCode();
  }

  /** Murmur3's 32-bit mixing of a single int, so that poorly spread hash codes still spread over key groups. */
  static int murmurMix(int code) {
    int h = code * 0xcc9e2d51;
    h = Integer.rotateLeft(h, 15);
    h *= 0x1b873593;
    h = Integer.rotateLeft(h, 13);
    h = h * 5 + 0xe6546b64;
    h ^= 4;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  private static void checkMaxParallelism(int maxParallelism) {
    if (maxParallelism <= 0) {
      throw new IllegalArgumentException("Maximum parallelism must be positive, was " + maxParallelism);
    }
  }

  private static void checkParallelism(int maxParallelism, int parallelism) {
    checkMaxParallelism(maxParallelism);
    if (parallelism <= 0) {
      throw new IllegalArgumentException("Parallelism must be positive, was " + parallelism);
    }
  }
}
