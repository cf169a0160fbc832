package io.sluice.executor.runtime.task;

import io.sluice.common.config.CheckpointingMode;
import io.sluice.executor.checkpoint.TaskId;
import io.sluice.executor.checkpoint.TaskSnapshot;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;
import java.util.concurrent.CompletableFuture;

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

  /**
   * The newest checkpoint triggered before the current attempt's tasks were deployed: they take part in every
   * later one, also one triggered while they were still starting, and in none up to this one.
   */
  long attemptBaseline();

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

  /**
   * For the barrier of a savepoint that stops the job (without draining): completes with true once the savepoint
   * is complete, false if it failed (the job goes on); null for any other checkpoint. A source waits on it after
   * emitting the barrier, so no row follows the savepoint.
   */
  CompletableFuture<Boolean> stopSavepoint(long checkpointId);

  /** True once the job is stopped with a draining savepoint: sources end their input now. */
  boolean drainRequested();

  /**
   * The task's input and output have ended; it goes on acknowledging checkpoints with its final state until
   * {@link #finishedTasksMayExit}.
   */
  void taskFinished(TaskId task);

  /**
   * True once finished tasks may close and exit: the final checkpoint after every task finished is complete
   * (and is {@link #latestCompletedId} already), or there are no periodic checkpoints to wait for.
   */
  boolean finishedTasksMayExit();

  /** The task told its operators that checkpoint {@code checkpointId} completed. */
  void notified(TaskId task, long checkpointId);
}
