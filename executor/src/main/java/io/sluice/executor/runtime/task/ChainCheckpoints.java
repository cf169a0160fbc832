package io.sluice.executor.runtime.task;

import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.checkpoint.OperatorSnapshot;
import io.sluice.executor.checkpoint.StateHandle;
import io.sluice.executor.checkpoint.SubtaskSnapshot;
import io.sluice.executor.checkpoint.TaskSnapshot;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;
import io.sluice.executor.graph.OperatorIds;
import io.sluice.executor.graph.StreamNode;
import io.sluice.executor.runtime.state.KeyedOperatorSnapshot;
import io.sluice.executor.runtime.state.KeyedOperatorState;
import io.sluice.executor.runtime.state.OperatorStates;
import io.sluice.executor.runtime.state.TaskStateBackends;
import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyGroups;
import io.sluice.state.operator.OperatorStateBackend;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Snapshots the operators of one chain instance into a checkpoint, and restores them from one. Each node is one
 * operator of the checkpoint, identified by {@link #operatorId} (stable for the same plan); a keyed node
 * contributes its keyed state and event-time timers, and a node with operator state (declared in its
 * {@code OperatorStateStore}, or the bytes of a {@link CheckpointedFunction}) that state ({@link OperatorStates});
 * any other node an empty entry (every subtask of every operator acknowledges).
 *
 * <p>A snapshot has two parts. {@link #freeze} runs on the task's thread between two rows and is short: each
 * node's operator state, each keyed node's state frozen (the heap's maps copy-on-write, a RocksDB snapshot or, for
 * an incremental checkpoint, a native RocksDB checkpoint of hard links) and its timers copied. {@link Frozen#write}
 * then writes it all, on the task's snapshot writer thread, while the task goes on.
 */
final class ChainCheckpoints {
  private ChainCheckpoints() {}

  /** The node's id in checkpoints ({@link OperatorIds}): stable for the same plan, so the same query finds its state. */
  static String operatorId(StreamNode node) {
    return OperatorIds.of(node);
  }

  /**
   * The synchronous part of a snapshot of every node. A keyed node on RocksDB is snapshotted incrementally when
   * {@code incremental} is set and the location keeps shared files (never for savepoints); else canonically.
   *
   * @param instances the operator or source reader of each node
   * @param operatorStates the operator state of each node
   */
  static Frozen freeze(CheckpointLocation location, long checkpointId, int subtask, List<StreamNode> nodes,
      Object[] instances, OperatorStateBackend[] operatorStates, KeyedOperatorState[] keyedStates,
      boolean incremental) throws Exception {
    boolean shared = incremental && location.sharedState() != null;
    List<FrozenNode> frozen = new ArrayList<>();
    try {
      for (int i = 0; i < nodes.size(); i++) {
        byte[] own = OperatorStates.snapshot(operatorStates[i], instances[i], subtask, checkpointId);
        KeyedOperatorSnapshot keyed = null;
        KeyGroupRange keyGroups = new KeyGroupRange(0, -1);
        if (keyedStates[i] != null) {
          KeyedOperatorState state = keyedStates[i];
          keyed = shared && state.supportsIncremental() ? state.snapshotIncremental() : state.snapshotCanonical();
          keyGroups = state.backend().keyGroupRange();
        }
        frozen.add(new FrozenNode(operatorId(nodes.get(i)), own, keyed, keyGroups));
      }
    } catch (Exception | Error e) {
      new Frozen(checkpointId, subtask, frozen).close();
      throw e;
    }
    return new Frozen(checkpointId, subtask, frozen);
  }

  private record FrozenNode(String operatorId, byte[] own, KeyedOperatorSnapshot keyed, KeyGroupRange keyGroups) {}

  /** A chain's state frozen at a checkpoint; written once, on any thread, then closed. */
  static final class Frozen implements AutoCloseable {
    private final long checkpointId;
    private final int subtask;
    private final List<FrozenNode> nodes;
    private long fullBytes;
    private long incrementalBytes;

    private Frozen(long checkpointId, int subtask, List<FrozenNode> nodes) {
      this.checkpointId = checkpointId;
      this.subtask = subtask;
      this.nodes = nodes;
    }

    /** Writes every node's state into the location; returns the task's acknowledgement. */
    TaskSnapshot write(CheckpointLocation location) throws IOException {
      Map<String, SubtaskSnapshot> operators = new HashMap<>();
      for (FrozenNode node : nodes) {
        List<StateHandle> keyed = List.of();
        if (node.keyed() != null) {
          KeyedOperatorSnapshot.Written written = node.keyed().write(location, checkpointId,
              StateHandle.keyedStateName(node.operatorId(), subtask));
          keyed = List.of(written.handle());
          fullBytes += written.fullBytes();
          incrementalBytes += written.incrementalBytes();
        }
        operators.put(node.operatorId(), new SubtaskSnapshot(subtask, node.keyGroups(), keyed, node.own()));
      }
      return new TaskSnapshot(operators);
    }

    /** The size of the whole keyed state written, shared files included. */
    long fullBytes() {
      return fullBytes;
    }

    /** What this checkpoint wrote of keyed state: less than {@link #fullBytes} when incremental. */
    long incrementalBytes() {
      return incrementalBytes;
    }

    @Override
    public void close() {
      for (FrozenNode node : nodes) {
        if (node.keyed() != null) {
          node.keyed().close();
        }
      }
    }
  }

  /**
   * Creates the node's keyed state, loaded from the checkpoint the job starts from: the pieces of every old
   * instance whose key groups overlap this instance's. Empty on a fresh start.
   */
  static KeyedOperatorState createKeyed(TaskStateBackends backends, TaskRestore restore, StreamNode node,
      int subtask, int parallelism, int maxParallelism) throws IOException {
    List<StateHandle> pieces = List.of();
    if (restore != null) {
      Optional<OperatorSnapshot> operator = restore.assignment().stateOf(operatorId(node));
      if (operator.isPresent()) {
        pieces = operator.get().keyedStateFor(KeyGroups.rangeForSubtask(maxParallelism, parallelism, subtask));
      }
    }
    return backends.create(node.stateKey(), operatorId(node), subtask, parallelism, maxParallelism,
        restore == null ? null : restore.location(), pieces);
  }

  /**
   * Creates the node's operator state, holding its share of the old instances' operator state in the checkpoint
   * the job starts from ({@link OperatorStates#restore}). Empty on a fresh start.
   */
  static OperatorStateBackend createOperatorState(TaskRestore restore, StreamNode node, int subtask,
      int parallelism) throws IOException {
    Optional<OperatorSnapshot> operator = restore == null
        ? Optional.empty() : restore.assignment().stateOf(operatorId(node));
    if (operator.isEmpty()) {
      return new OperatorStateBackend();
    }
    List<byte[]> pieces = new ArrayList<>();
    operator.get().subtasks().forEach(old -> pieces.add(old.operatorState()));
    return OperatorStates.restore(pieces, subtask, parallelism, "'" + node.name() + "'", restore.location().pointer());
  }
}
