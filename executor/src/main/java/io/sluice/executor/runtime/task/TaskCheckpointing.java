package io.sluice.executor.runtime.task;

import io.sluice.common.config.CheckpointingMode;
import io.sluice.executor.checkpoint.TaskId;
import io.sluice.executor.checkpoint.TaskSnapshot;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;

/**
 * What a task sees of its job's checkpointing: which checkpoint sources should start next, where a checkpoint's
 * state goes, and where to report. Implemented by the job's checkpoint shell; every method may be called from
 * any task thread.
 */
public interface TaskCheckpointing {
  /** Exactly-once (aligned barriers) or at-least-once (no alignment). */
  CheckpointingMode mode();

  /** The id of the newest checkpoint triggered: a source emits its barrier when this passes the last it emitted. */
  long latestTriggered();

  /** The id of the newest completed checkpoint, 0 before the first; tasks tell their operators when it grows. */
  long latestCompletedId();

  /** Where the checkpoint's state goes; null when it was aborted meanwhile (the task then only forwards). */
  CheckpointLocation location(long checkpointId);

  /** The task wrote its snapshot of the checkpoint. */
  void acknowledge(long checkpointId, TaskId task, TaskSnapshot snapshot);

  /** The task could not take or write its snapshot. */
  void decline(long checkpointId, TaskId task, String reason);

  /** The state to start from, or null for a fresh start. */
  TaskRestore restore();
}
