package io.sluice.executor.checkpoint;

import io.sluice.state.KeyGroupRange;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What one parallel instance of an operator contributed to a checkpoint.
 *
 * @param subtask the instance's index
 * @param keyGroups the key groups the instance owned (empty for an operator without keyed state)
 * @param keyedState the instance's keyed state, each in the canonical keyed-state snapshot format
 *     ({@code KeyedStateBackend.snapshot()}), which restores into any backend and any key-group range; empty
 *     for an operator without keyed state
 * @param operatorState the instance's own state as it encodes it ({@code CheckpointedFunction}: a source's
 *     position, a sink's pending transactions), or null for none
 */
public record SubtaskSnapshot(int subtask, KeyGroupRange keyGroups, List<StateHandle> keyedState,
    byte[] operatorState) {
  public SubtaskSnapshot {
    if (subtask < 0) {
      throw new IllegalArgumentException("Negative subtask " + subtask);
    }
    Objects.requireNonNull(keyGroups, "keyGroups");
    keyedState = List.copyOf(keyedState);
    operatorState = operatorState == null ? null : operatorState.clone();
  }

  /** A subtask of an operator without keyed state or position (it still acknowledges). */
  public static SubtaskSnapshot stateless(int subtask) {
    return new SubtaskSnapshot(subtask, new KeyGroupRange(0, -1), List.of(), null);
  }

  @Override
  public byte[] operatorState() {
    return operatorState == null ? null : operatorState.clone();
  }

  /** The total size of the state files. */
  public long stateSize() {
    return keyedState.stream().mapToLong(StateHandle::size).sum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubtaskSnapshot s && subtask == s.subtask && keyGroups.equals(s.keyGroups)
        && keyedState.equals(s.keyedState) && Arrays.equals(operatorState, s.operatorState);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subtask, keyGroups, keyedState) * 31 + Arrays.hashCode(operatorState);
  }

  @Override
  public String toString() {
    return "SubtaskSnapshot[" + subtask + ", keyGroups=" + keyGroups + ", keyedState=" + keyedState
        + (operatorState == null ? "" : ", operatorState=" + operatorState.length + " bytes") + "]";
  }
}
