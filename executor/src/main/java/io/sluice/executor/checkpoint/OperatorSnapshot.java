package io.sluice.executor.checkpoint;

import io.sluice.state.KeyGroupRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The state of one operator in a checkpoint: one {@link SubtaskSnapshot} per parallel instance, ordered by
 * subtask index.
 *
 * @param operatorId the operator's stable id, derived from the plan, by which a restored job finds its state
 */
public record OperatorSnapshot(String operatorId, List<SubtaskSnapshot> subtasks) {
  public OperatorSnapshot {
    Objects.requireNonNull(operatorId, "operatorId");
    subtasks = subtasks.stream().sorted(Comparator.comparingInt(SubtaskSnapshot::subtask)).toList();
    for (int i = 0; i < subtasks.size(); i++) {
      if (subtasks.get(i).subtask() != i) {
        throw new IllegalArgumentException("Operator " + operatorId + " has subtasks "
            + subtasks.stream().map(SubtaskSnapshot::subtask).toList() + ", expected 0.." + (subtasks.size() - 1));
      }
    }
  }

  /** The parallelism the operator had when the checkpoint was taken. */
  public int parallelism() {
    return subtasks.size();
  }

  /**
   * The keyed state a new instance owning {@code keyGroups} must read, whatever the parallelism now: the state of
   * every old instance whose key groups overlap (reading each, the new instance keeps only its own key groups).
   */
  public List<StateHandle> keyedStateFor(KeyGroupRange keyGroups) {
    List<StateHandle> handles = new ArrayList<>();
    for (SubtaskSnapshot subtask : subtasks) {
      if (!subtask.keyGroups().intersect(keyGroups).isEmpty()) {
        handles.addAll(subtask.keyedState());
      }
    }
    return handles;
  }

  /** The total size of the operator's state files. */
  public long stateSize() {
    return subtasks.stream().mapToLong(SubtaskSnapshot::stateSize).sum();
  }
}
