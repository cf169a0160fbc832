package io.sluice.executor.runtime.task;

import io.sluice.executor.checkpoint.StateHandle;
import io.sluice.executor.checkpoint.SubtaskSnapshot;
import io.sluice.executor.checkpoint.TaskSnapshot;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;
import io.sluice.executor.checkpoint.storage.KeyedStateFiles;
import io.sluice.executor.graph.StreamNode;
import io.sluice.executor.runtime.state.KeyedOperatorState;
import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyedStateSnapshot;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Snapshots the operators of one chain instance into a checkpoint, and restores them from one. Each node is one
 * operator of the checkpoint, identified by {@link #operatorId} (stable for the same plan); a keyed node
 * contributes its backend's state in the canonical keyed-state format, a source its reader's position as 8
 * big-endian bytes, any other node an empty entry (every subtask of every operator acknowledges).
 *
 * <p>Event-time timers are not part of the snapshot yet.
 */
final class ChainCheckpoints {
  private ChainCheckpoints() {}

  /** The node's id in checkpoints: derived from its position in the plan, so the same query finds its state. */
  static String operatorId(StreamNode node) {
    return "node-" + node.id();
  }

  /**
   * Takes and writes the snapshot of every node, synchronously, on the task's thread.
   *
   * @param sourcePosition the head source's position, or null
   */
  static TaskSnapshot snapshot(CheckpointLocation location, int subtask, List<StreamNode> nodes,
      KeyedOperatorState[] keyedStates, Long sourcePosition) throws IOException {
    Map<String, SubtaskSnapshot> operators = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      String id = operatorId(nodes.get(i));
      SubtaskSnapshot snapshot;
      if (keyedStates[i] != null) {
        try (KeyedStateSnapshot state = keyedStates[i].backend().snapshot()) {
          StateHandle handle = KeyedStateFiles.write(location, id, subtask, state);
          snapshot = new SubtaskSnapshot(subtask, keyedStates[i].backend().keyGroupRange(), List.of(handle), null);
        }
      } else if (i == 0 && sourcePosition != null) {
        byte[] position = ByteBuffer.allocate(Long.BYTES).putLong(sourcePosition).array();
        snapshot = new SubtaskSnapshot(subtask, new KeyGroupRange(0, -1), List.of(), position);
      } else {
        snapshot = SubtaskSnapshot.stateless(subtask);
      }
      operators.put(id, snapshot);
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

  /** The source position of the node's instance {@code subtask} in the checkpoint, if it has one. */
  static OptionalLong sourcePosition(TaskRestore restore, StreamNode node, int subtask) {
    if (restore == null) {
      return OptionalLong.empty();
    }
    return restore.assignment().stateOf(operatorId(node))
        .filter(operator -> subtask < operator.parallelism())
        .map(operator -> operator.subtasks().get(subtask).sourcePosition())
        .map(bytes -> OptionalLong.of(ByteBuffer.wrap(bytes).getLong()))
        .orElse(OptionalLong.empty());
  }
}
