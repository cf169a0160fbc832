package io.sluice.executor.checkpoint;

import java.util.List;

/**
 * What the {@link CheckpointCoordinator} decided and its caller must now carry out: the coordinator only decides,
 * the caller (the runtime's I/O shell) talks to tasks and storage. Events are returned in the order they must be
 * carried out.
 */
public sealed interface CheckpointEvent {
  long checkpointId();

  /**
   * Start a checkpoint: create its location in storage, then make every source record its position and emit the
   * barrier. Each task, once it has written its snapshot, reports with {@link CheckpointCoordinator#acknowledge}
   * or, if it cannot, {@link CheckpointCoordinator#decline}.
   */
  record Trigger(long checkpointId, CheckpointKind kind, long timestamp) implements CheckpointEvent {}

  /**
   * Every task acknowledged: write the metadata (last, atomically), then report
   * {@link CheckpointCoordinator#finalized} or, if that failed, {@link CheckpointCoordinator#finalizeFailed}. The
   * checkpoint is not complete, and must not be announced to operators, until the metadata is written.
   */
  record Finalize(CheckpointMetadata metadata) implements CheckpointEvent {
    @Override
    public long checkpointId() {
      return metadata.checkpointId();
    }
  }

  /**
   * The checkpoint is complete: tell every operator ({@code notifyCheckpointComplete}: two-phase-commit sinks
   * commit now), then delete the subsumed checkpoints from storage.
   *
   * @param subsumed ids of older checkpoints no longer retained, to delete (empty for a savepoint)
   */
  record Completed(CheckpointMetadata metadata, List<Long> subsumed) implements CheckpointEvent {
    public Completed {
      subsumed = List.copyOf(subsumed);
    }

    @Override
    public long checkpointId() {
      return metadata.checkpointId();
    }
  }

  /**
   * The checkpoint will not complete: tell the tasks to drop it (release barrier alignment, discard snapshots in
   * flight) and delete its location from storage.
   */
  record Aborted(long checkpointId, CheckpointKind kind, CheckpointFailureReason reason, String message)
      implements CheckpointEvent {}

  /**
   * Too many checkpoints failed in a row ({@code tolerable-failed-checkpoints}): fail the job, which the restart
   * strategy may restart. Follows the {@link Aborted} event of the checkpoint that tipped the count.
   */
  record FailJob(long checkpointId, String message) implements CheckpointEvent {}
}
