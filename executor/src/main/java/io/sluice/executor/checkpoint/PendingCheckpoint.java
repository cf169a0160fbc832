package io.sluice.executor.checkpoint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A checkpoint that has been started and not yet ended: which tasks still owe an acknowledgement, and the
 * snapshots of those that have sent one. Pure logic, not thread-safe.
 *
 * <p>Life: {@link Status#IN_PROGRESS} until every task has acknowledged ({@link Status#ACKNOWLEDGED}: ready to
 * be finalized by writing its metadata), or until a task declines, the deadline passes or the coordinator aborts
 * it ({@link Status#FAILED}, with a reason). Acknowledgements are accepted only while in progress, each task's
 * once.
 */
public final class PendingCheckpoint {
  /** Where the checkpoint is in its life. */
  public enum Status { IN_PROGRESS, ACKNOWLEDGED, FAILED }

  /** What became of an acknowledgement. */
  public enum AckResult {
    /** Recorded. */
    ACCEPTED,
    /** The task had already acknowledged: ignored. */
    DUPLICATE,
    /** The task is not one of the checkpoint's: ignored. */
    UNKNOWN_TASK,
    /** The checkpoint is no longer in progress: ignored, and the task's state files are not referenced. */
    NOT_IN_PROGRESS
  }

  private final long checkpointId;
  private final CheckpointKind kind;
  private final long triggerTimestamp;
  private final long deadline;
  private final Set<TaskId> notYetAcknowledged;
  private final Map<TaskId, TaskSnapshot> acknowledged = new HashMap<>();
  private Status status = Status.IN_PROGRESS;
  private CheckpointFailureReason failureReason;
  private String failureMessage;

  /**
   * @param tasks every task of the job, all of which must acknowledge
   * @param deadline the time from which the checkpoint counts as expired, epoch milliseconds
   */
  public PendingCheckpoint(long checkpointId, CheckpointKind kind, long triggerTimestamp, long deadline,
      Set<TaskId> tasks) {
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("A checkpoint needs at least one task");
    }
    this.checkpointId = checkpointId;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.triggerTimestamp = triggerTimestamp;
    this.deadline = deadline;
    this.notYetAcknowledged = new LinkedHashSet<>(tasks);
  }

  /** Records a task's snapshot; once every task has sent one, the status becomes {@link Status#ACKNOWLEDGED}. */
  public AckResult acknowledge(TaskId task, TaskSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    if (status != Status.IN_PROGRESS) {
      return AckResult.NOT_IN_PROGRESS;
    }
    if (acknowledged.containsKey(task)) {
      return AckResult.DUPLICATE;
    }
    if (!notYetAcknowledged.remove(task)) {
      return AckResult.UNKNOWN_TASK;
    }
    acknowledged.put(task, snapshot);
    if (notYetAcknowledged.isEmpty()) {
      status = Status.ACKNOWLEDGED;
    }
    return AckResult.ACCEPTED;
  }

  /**
   * Fails the checkpoint if it is still in progress and the deadline has passed.
   *
   * @return true if it expired now
   */
  public boolean expireIfDue(long now) {
    if (status == Status.IN_PROGRESS && now >= deadline) {
      fail(CheckpointFailureReason.EXPIRED, "Checkpoint " + checkpointId + " expired after "
          + (now - triggerTimestamp) + " ms before " + notYetAcknowledged.size() + " task(s) acknowledged it: "
          + notYetAcknowledged);
      return true;
    }
    return false;
  }

  /**
   * Fails the checkpoint unless it already failed; a checkpoint that is acknowledged but not yet finalized can
   * still fail (e.g. its metadata could not be written).
   *
   * @return true if it failed now, false if it had failed before (the first reason stays)
   */
  public boolean fail(CheckpointFailureReason reason, String message) {
    if (status == Status.FAILED) {
      return false;
    }
    status = Status.FAILED;
    failureReason = Objects.requireNonNull(reason, "reason");
    failureMessage = message;
    return true;
  }

  /**
   * The metadata of the completed checkpoint: the snapshots of all tasks, grouped by operator.
   *
   * @throws IllegalStateException unless every task has acknowledged
   */
  public CheckpointMetadata toMetadata(String jobId, int maxParallelism, long completionTimestamp) {
    if (status != Status.ACKNOWLEDGED) {
      throw new IllegalStateException("Checkpoint " + checkpointId + " is " + status + ", not acknowledged by all");
    }
    Map<String, List<SubtaskSnapshot>> byOperator = new HashMap<>();
    for (TaskSnapshot task : acknowledged.values()) {
      task.operators().forEach((operator, subtask) ->
          byOperator.computeIfAbsent(operator, k -> new ArrayList<>()).add(subtask));
    }
    List<OperatorSnapshot> operators = new ArrayList<>();
    byOperator.forEach((operator, subtasks) -> operators.add(new OperatorSnapshot(operator, subtasks)));
    return new CheckpointMetadata(checkpointId, jobId, kind, triggerTimestamp, completionTimestamp, maxParallelism,
        operators);
  }

  public long checkpointId() {
    return checkpointId;
  }

  public CheckpointKind kind() {
    return kind;
  }

  public long triggerTimestamp() {
    return triggerTimestamp;
  }

  public long deadline() {
    return deadline;
  }

  public Status status() {
    return status;
  }

  /** The tasks that have neither acknowledged nor been found unknown, in the order given. */
  public Set<TaskId> notYetAcknowledged() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(notYetAcknowledged));
  }

  /** Why it failed; null unless {@link Status#FAILED}. */
  public CheckpointFailureReason failureReason() {
    return failureReason;
  }

  /** What went wrong, for logs and {@code SHOW CHECKPOINTS}; null unless {@link Status#FAILED}. */
  public String failureMessage() {
    return failureMessage;
  }
}
