package io.sluice.executor.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Matches the state in a checkpoint or savepoint to the operators of the job that starts from it, by stable
 * operator id, and refuses a start that would silently lose state. Pure logic.
 *
 * <p>Two checks: the job must have the checkpoint's maximum parallelism (the number of key groups; parallelism
 * may differ, since key groups are redistributed, but their number cannot); and every operator in the checkpoint
 * that holds state (keyed state or a source position) must match an operator of the job, unless
 * {@code execution.state-recovery.ignore-unclaimed-state} is set, in which case that state is dropped.
 * Operators of the job with no state in the checkpoint start empty.
 */
public final class StateAssignment {
  private final CheckpointMetadata metadata;
  private final List<String> unclaimed;

  private StateAssignment(CheckpointMetadata metadata, List<String> unclaimed) {
    this.metadata = metadata;
    this.unclaimed = List.copyOf(unclaimed);
  }

  /**
   * @param pointer where the checkpoint is, for messages
   * @param jobOperatorIds the stable ids of every operator of the job being started
   * @throws IllegalStateException naming the operators or the parallelism that do not match
   */
  public static StateAssignment of(CheckpointMetadata metadata, String pointer, Set<String> jobOperatorIds,
      int maxParallelism, boolean ignoreUnclaimedState) {
    if (metadata.maxParallelism() != maxParallelism) {
      throw new IllegalStateException("Cannot start from " + pointer + ": it was taken with"
          + " 'pipeline.max-parallelism' = " + metadata.maxParallelism() + " and the job has " + maxParallelism
          + "; keyed state can only be restored with the same number of key groups");
    }
    List<String> unclaimed = new ArrayList<>();
    for (OperatorSnapshot operator : metadata.operators()) {
      if (!jobOperatorIds.contains(operator.operatorId()) && holdsState(operator)) {
        unclaimed.add(operator.operatorId());
      }
    }
    if (!unclaimed.isEmpty() && !ignoreUnclaimedState) {
      throw new IllegalStateException("Cannot start from " + pointer + ": it holds state of operator(s) "
          + String.join(", ", unclaimed) + " that the job does not have (has the query changed, or an option that"
          + " changes its operators, such as 'table.optimizer.agg-phase-strategy' splitting an aggregation"
          + " in two?). Set"
          + " 'execution.state-recovery.ignore-unclaimed-state' = 'true' to start without that state");
    }
    return new StateAssignment(metadata, unclaimed);
  }

  /** The operator's state in the checkpoint, empty if it has none there (it starts empty). */
  public Optional<OperatorSnapshot> stateOf(String operatorId) {
    return metadata.operator(operatorId);
  }

  /** Ids of operators whose state is dropped because the job has no such operator (only if allowed). */
  public List<String> unclaimed() {
    return unclaimed;
  }

  private static boolean holdsState(OperatorSnapshot operator) {
    return operator.subtasks().stream()
        .anyMatch(s -> !s.keyedState().isEmpty() || s.operatorState() != null);
  }
}
