package io.sluice.executor.checkpoint;

import io.sluice.state.KeyGroupRange;
import java.util.List;
import java.util.Set;

/** Small checkpoints for the tests of the checkpoint package. */
final class CheckpointFixtures {
  static final TaskId SOURCE_0 = new TaskId(0, 0);
  static final TaskId SOURCE_1 = new TaskId(0, 1);
  static final TaskId AGG_0 = new TaskId(1, 0);
  static final Set<TaskId> TASKS = Set.of(SOURCE_0, SOURCE_1, AGG_0);

  private CheckpointFixtures() {}

  /** A source subtask's acknowledgement: its position. */
  static TaskSnapshot source(int subtask, long position) {
    return TaskSnapshot.of("src", new SubtaskSnapshot(subtask, new KeyGroupRange(0, -1), List.of(),
        java.nio.ByteBuffer.allocate(8).putLong(position).array()));
  }

  /** A keyed operator's acknowledgement: one state file for all key groups. */
  static TaskSnapshot aggregate(long checkpointId) {
    return TaskSnapshot.of("agg", new SubtaskSnapshot(0, KeyGroupRange.all(128),
        List.of(new StateHandle(StateHandle.keyedStateName("agg", 0), 100 + checkpointId)), null));
  }

  /** Every task's acknowledgement of one checkpoint, to hand to a coordinator. */
  static void acknowledgeAll(CheckpointCoordinator coordinator, long id, long now, List<CheckpointEvent> into) {
    into.addAll(coordinator.acknowledge(id, SOURCE_0, source(0, id * 10), now));
    into.addAll(coordinator.acknowledge(id, SOURCE_1, source(1, id * 10 + 1), now));
    into.addAll(coordinator.acknowledge(id, AGG_0, aggregate(id), now));
  }

  static CheckpointMetadata metadata(long id) {
    return new CheckpointMetadata(id, "job", CheckpointKind.CHECKPOINT, id * 1000, id * 1000 + 5, 128, List.of());
  }
}
