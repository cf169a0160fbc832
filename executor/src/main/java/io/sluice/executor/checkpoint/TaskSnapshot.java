package io.sluice.executor.checkpoint;

import java.util.Map;
import java.util.Objects;

/**
 * A task's acknowledgement of a checkpoint: the snapshot of every operator of its chain, written to the
 * checkpoint's location before the task acknowledges.
 *
 * @param operators by operator id
 */
public record TaskSnapshot(Map<String, SubtaskSnapshot> operators) {
  public TaskSnapshot {
    operators = Map.copyOf(Objects.requireNonNull(operators, "operators"));
  }

  public static TaskSnapshot of(String operatorId, SubtaskSnapshot snapshot) {
    return new TaskSnapshot(Map.of(operatorId, snapshot));
  }
}
