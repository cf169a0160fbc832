package io.sluice.executor.runtime.task;

import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.RestoredState;
import io.sluice.executor.checkpoint.OperatorSnapshot;
import io.sluice.executor.checkpoint.StateHandle;
import io.sluice.executor.checkpoint.SubtaskSnapshot;
import io.sluice.executor.checkpoint.TaskSnapshot;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;
import io.sluice.executor.checkpoint.storage.KeyedStateFiles;
import io.sluice.executor.graph.OperatorIds;
import io.sluice.executor.graph.StreamNode;
import io.sluice.executor.runtime.state.KeyedOperatorState;
import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyedStateSnapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Snapshots the operators of one chain instance into a checkpoint, and restores them from one. Each node is one
 * operator of the checkpoint, identified by {@link #operatorId} (stable for the same plan); a keyed node
 * contributes its backend's state in the canonical keyed-state format, and an operator or source reader that is a
 * {@link CheckpointedFunction} its own state; any other node an empty entry (every subtask of every operator
 * acknowledges).
 *
 * <p>Event-time timers are not part of the snapshot yet.
 */
final class ChainCheckpoints {
  private ChainCheckpoints() {}

  /** The node's id in checkpoints ({@link OperatorIds}): stable for the same plan, so the same query finds its state. */
  static String operatorId(StreamNode node) {
    return OperatorIds.of(node);
  }

  /**
   * Takes and writes the snapshot of every node, synchronously, on the task's thread.
   *
   * @param instances the operator or source reader of each node
   */
  static TaskSnapshot snapshot(CheckpointLocation location, long checkpointId, int subtask, List<StreamNode> nodes,
      Object[] instances, KeyedOperatorState[] keyedStates) throws Exception {
    Map<String, SubtaskSnapshot> operators = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      String id = operatorId(nodes.get(i));
      byte[] own = instances[i] instanceof CheckpointedFunction function ? function.snapshotState(checkpointId) : null;
      KeyGroupRange keyGroups = new KeyGroupRange(0, -1);
      List<StateHandle> keyed = List.of();
      if (keyedStates[i] != null) {
        try (KeyedStateSnapshot state = keyedStates[i].backend().snapshot()) {
          keyed = List.of(KeyedStateFiles.write(location, id, subtask, state));
          keyGroups = keyedStates[i].backend().keyGroupRange();
        }
      }
      operators.put(id, new SubtaskSnapshot(subtask, keyGroups, keyed, own));
    }
    return new TaskSnapshot(operators);
  }

  /** Loads the node's keyed state for the key groups the instance owns; nothing when the checkpoint has none. */
  static void restoreKeyed(TaskRestore restore, StreamNode node, KeyedOperatorState state) throws IOException {
    if (restore == null) {
      return;
    }
    var operator = restore.assignment().stateOf(operatorId(node));
    if (operator.isPresent()) {
      List<StateHandle> handles = operator.get().keyedStateFor(state.backend().keyGroupRange());
      KeyedStateFiles.restore(restore.location(), handles, state.backend());
    }
  }

  /**
   * Hands an operator or source reader that is a {@link CheckpointedFunction} the states it takes over from the
   * checkpoint the job starts from; nothing on a fresh start or when the checkpoint has no state for it.
   */
  static void restoreOwn(TaskRestore restore, StreamNode node, int subtask, int parallelism, Object instance)
      throws Exception {
    if (restore == null || !(instance instanceof CheckpointedFunction function)) {
      return;
    }
    Optional<OperatorSnapshot> operator = restore.assignment().stateOf(operatorId(node));
    if (operator.isEmpty()) {
      return;
    }
    List<byte[]> states = new ArrayList<>();
    operator.get().subtasks().forEach(old -> states.add(old.operatorState()));
    if (states.stream().anyMatch(state -> state != null)) {
      function.initializeState(RestoredState.assign(states, subtask, parallelism));
    }
  }
}
