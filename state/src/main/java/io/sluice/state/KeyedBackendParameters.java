package io.sluice.state;

import io.sluice.state.serde.TypeSerializer;
import java.util.Objects;

/**
 * What every keyed state backend is built from: the serializer of the keys the operator is keyed by, the key
 * groups of this subtask, the job's maximum parallelism (the number of key groups) and the TTL clock.
 */
public record KeyedBackendParameters(
    TypeSerializer<?> keySerializer, KeyGroupRange keyGroupRange, int maxParallelism, TtlClock clock) {
  public KeyedBackendParameters {
    Objects.requireNonNull(keySerializer, "keySerializer");
    Objects.requireNonNull(keyGroupRange, "keyGroupRange");
    Objects.requireNonNull(clock, "clock");
    if (maxParallelism <= 0) {
      throw new IllegalArgumentException("Maximum parallelism must be positive, was " + maxParallelism);
    }
    if (!KeyGroupRange.all(maxParallelism).contains(keyGroupRange)) {
      throw new IllegalArgumentException(
          "Key groups " + keyGroupRange + " outside [0, " + (maxParallelism - 1) + "]");
    }
  }

  /** Parameters with the system clock. */
  public static KeyedBackendParameters of(
      TypeSerializer<?> keySerializer, KeyGroupRange keyGroupRange, int maxParallelism) {
    return new KeyedBackendParameters(keySerializer, keyGroupRange, maxParallelism, TtlClock.SYSTEM);
  }
}
