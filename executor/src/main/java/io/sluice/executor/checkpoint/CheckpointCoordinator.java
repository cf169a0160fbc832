package io.sluice.executor.checkpoint;

import io.sluice.executor.runtime.JobStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The checkpoint protocol of one job, as decisions: when a checkpoint starts, when it is complete, when it has
 * failed, what is retained and when the job must fail. It does no I/O, starts no thread and reads no clock: the
 * caller passes the time in and carries out the {@link CheckpointEvent}s returned, on one thread.
 *
 * <p>A checkpoint goes: {@link CheckpointEvent.Trigger} (by {@link #tick} when the {@link CheckpointTriggerPolicy}
 * says so, or by {@link #triggerSavepoint}) → one {@link #acknowledge} per task → {@link CheckpointEvent.Finalize}
 * when the last task acknowledged → {@link #finalized} once the caller wrote the metadata →
 * {@link CheckpointEvent.Completed}. It fails ({@link CheckpointEvent.Aborted}) when a task declines, when the
 * timeout passes first ({@link #tick}), when the metadata cannot be written, when a newer checkpoint completes
 * first, or when the job fails ({@link #abortAll}). Failures are counted by a {@link CheckpointFailureCounter},
 * which may add a {@link CheckpointEvent.FailJob}; completed checkpoints are kept by a
 * {@link CheckpointRetention}, which names those to delete; a bounded {@link CheckpointHistory} of recent ones is
 * kept for {@code SHOW CHECKPOINTS}.
 *
 * <p>Not thread-safe: one thread calls every method.
 */
public final class CheckpointCoordinator {
  private final CheckpointCoordinatorSetup setup;
  /** Null when periodic checkpoints are disabled (savepoints can still be taken). */
  private final CheckpointTriggerPolicy triggerPolicy;
  private final CheckpointFailureCounter failures;
  private final TreeMap<Long, PendingCheckpoint> pending = new TreeMap<>();
  private final Map<Long, CheckpointMetadata> finalizing = new HashMap<>();
  private final CheckpointHistory history = new CheckpointHistory(CheckpointHistory.DEFAULT_SIZE);
  private long nextCheckpointId;

  /** @param startTime when the job started running: the first periodic checkpoint is due an interval later */
  public CheckpointCoordinator(CheckpointCoordinatorSetup setup, long startTime) {
    this.setup = setup;
    CheckpointSettings settings = setup.settings();
    this.triggerPolicy = settings.enabled()
        ? new CheckpointTriggerPolicy(settings.interval(), settings.minPause(), settings.maxConcurrent(), startTime)
        : null;
    this.failures = new CheckpointFailureCounter(settings.tolerableFailures());
    this.nextCheckpointId = setup.firstCheckpointId();
  }

  /**
   * Expires checkpoints past their timeout, then starts a periodic checkpoint if one is due (not when an expiry
   * fails the job).
   */
  public List<CheckpointEvent> tick(long now) {
    List<CheckpointEvent> events = new ArrayList<>();
    for (PendingCheckpoint checkpoint : List.copyOf(pending.values())) {
      if (checkpoint.expireIfDue(now)) {
        ended(checkpoint, now, events);
      }
    }
    boolean jobFails = events.stream().anyMatch(e -> e instanceof CheckpointEvent.FailJob);
    if (!jobFails && triggerPolicy != null && triggerPolicy.isDue(now, pending.size())) {
      events.add(start(CheckpointKind.CHECKPOINT, now));
    }
    return events;
  }

  /** Starts a savepoint now, whatever the trigger policy says (as in Flink, savepoints are never held back). */
  public CheckpointEvent.Trigger triggerSavepoint(long now) {
    return start(CheckpointKind.SAVEPOINT, now);
  }

  /**
   * Starts a periodic checkpoint now, whatever the trigger policy says: the final checkpoint of a job whose
   * tasks have all finished, which should not wait for the interval.
   */
  public CheckpointEvent.Trigger triggerCheckpoint(long now) {
    return start(CheckpointKind.CHECKPOINT, now);
  }

  /** The caller created the location of a checkpoint it was told to start: {@code pointer} is where it is. */
  public void located(long checkpointId, String pointer) {
    history.located(checkpointId, pointer);
  }

  /** The checkpoints in progress and the recent ones that ended, newest first, for {@code SHOW CHECKPOINTS}. */
  public List<CheckpointStats> history() {
    return history.newestFirst();
  }

  /**
   * A task wrote its snapshot. Returns {@link CheckpointEvent.Finalize} when it was the last one; nothing when the
   * checkpoint is unknown or already ended (a late acknowledgement), or the task acknowledged before.
   *
   * @throws IllegalArgumentException when the tasks' snapshots do not fit together (an operator's subtask missing
   *     or reported twice): a bug in the caller's operator ids
   */
  public List<CheckpointEvent> acknowledge(long checkpointId, TaskId task, TaskSnapshot snapshot, long now) {
    PendingCheckpoint checkpoint = pending.get(checkpointId);
    if (checkpoint == null || checkpoint.acknowledge(task, snapshot) != PendingCheckpoint.AckResult.ACCEPTED) {
      return List.of();
    }
    history.acknowledged(checkpointId, setup.tasks().size() - checkpoint.notYetAcknowledged().size());
    if (checkpoint.status() != PendingCheckpoint.Status.ACKNOWLEDGED) {
      return List.of();
    }
    CheckpointMetadata metadata = checkpoint.toMetadata(setup.jobId(), setup.maxParallelism(), now);
    finalizing.put(checkpointId, metadata);
    return List.of(new CheckpointEvent.Finalize(metadata));
  }

  /** A task could not take or write its snapshot: the checkpoint fails, unless it has ended already. */
  public List<CheckpointEvent> decline(long checkpointId, TaskId task, String reason, long now) {
    PendingCheckpoint checkpoint = pending.get(checkpointId);
    if (checkpoint == null || checkpoint.status() != PendingCheckpoint.Status.IN_PROGRESS) {
      return List.of();
    }
    checkpoint.fail(CheckpointFailureReason.DECLINED,
        "Checkpoint " + checkpointId + " declined by " + task + ": " + reason);
    List<CheckpointEvent> events = new ArrayList<>();
    ended(checkpoint, now, events);
    return events;
  }

  /**
   * The metadata of a {@link CheckpointEvent.Finalize}d checkpoint is written: it is complete. Returns
   * {@link CheckpointEvent.Completed}, followed by the abort of older checkpoints still in progress (subsumed).
   *
   * @throws IllegalStateException if the checkpoint was not being finalized (e.g. {@link #abortAll} ended it
   *     between the {@link CheckpointEvent.Finalize} and this call; the caller then deletes what it wrote)
   */
  public List<CheckpointEvent> finalized(long checkpointId, long now) {
    CheckpointMetadata metadata = finalizing.remove(checkpointId);
    if (metadata == null) {
      throw new IllegalStateException("Checkpoint " + checkpointId + " is not being finalized");
    }
    pending.remove(checkpointId);
    triggerPolicy().ifPresent(p -> p.ended(now));
    history.completed(checkpointId, now, metadata.stateSize());
    List<CheckpointEvent> events = new ArrayList<>();
    if (metadata.kind() == CheckpointKind.SAVEPOINT) {
      events.add(new CheckpointEvent.Completed(metadata, List.of()));
      return events;
    }
    failures.completed(checkpointId);
    events.add(new CheckpointEvent.Completed(metadata, setup.retention().add(metadata)));
    for (PendingCheckpoint older : List.copyOf(pending.headMap(checkpointId).values())) {
      if (older.kind() == CheckpointKind.CHECKPOINT) {
        older.fail(CheckpointFailureReason.SUBSUMED,
            "Checkpoint " + older.checkpointId() + " subsumed by checkpoint " + checkpointId);
        ended(older, now, events);
      }
    }
    return events;
  }

  /** The metadata of a {@link CheckpointEvent.Finalize}d checkpoint could not be written: it fails. */
  public List<CheckpointEvent> finalizeFailed(long checkpointId, String reason, long now) {
    PendingCheckpoint checkpoint = pending.get(checkpointId);
    if (checkpoint == null || !finalizing.containsKey(checkpointId)) {
      throw new IllegalStateException("Checkpoint " + checkpointId + " is not being finalized");
    }
    checkpoint.fail(CheckpointFailureReason.FINALIZE_FAILED,
        "Checkpoint " + checkpointId + " could not be finalized: " + reason);
    List<CheckpointEvent> events = new ArrayList<>();
    ended(checkpoint, now, events);
    return events;
  }

  /**
   * The job failed, restarts or ends: every checkpoint in progress is aborted, without counting as a failure.
   * Call {@link #jobRestarted} too when it restarts, {@link #jobTerminated} when it has ended.
   */
  public List<CheckpointEvent> abortAll(String reason, long now) {
    List<CheckpointEvent> events = new ArrayList<>();
    for (PendingCheckpoint checkpoint : List.copyOf(pending.values())) {
      checkpoint.fail(CheckpointFailureReason.JOB_ABORTED, "Checkpoint " + checkpoint.checkpointId()
          + " aborted: " + reason);
      ended(checkpoint, now, events);
    }
    return events;
  }

  /** The job's tasks run again after a restart: the next periodic checkpoint is due an interval from now. */
  public void jobRestarted(long now) {
    triggerPolicy().ifPresent(p -> p.jobRestarted(now));
  }

  /**
   * The job has ended ({@link #abortAll} first): returns the ids of the retained checkpoints to delete, as
   * {@code externalized-checkpoint-retention} says.
   */
  public List<Long> jobTerminated(JobStatus status) {
    return setup.retention().jobTerminated(status);
  }

  /**
   * When the caller should call {@link #tick} next: the earliest timeout of a checkpoint in progress or start of
   * a periodic checkpoint; {@link Long#MAX_VALUE} when nothing is due until another call changes that.
   */
  public long nextTickTime() {
    long next = triggerPolicy == null ? Long.MAX_VALUE : triggerPolicy.nextStartTime(pending.size());
    for (PendingCheckpoint checkpoint : pending.values()) {
      if (checkpoint.status() == PendingCheckpoint.Status.IN_PROGRESS) {
        next = Math.min(next, checkpoint.deadline());
      }
    }
    return next;
  }

  /** The newest completed checkpoint, if any. */
  public Optional<CheckpointMetadata> latestCompleted() {
    return setup.retention().latest();
  }

  /** The number of checkpoints and savepoints in progress (including those being finalized). */
  public int inProgress() {
    return pending.size();
  }

  private CheckpointEvent.Trigger start(CheckpointKind kind, long now) {
    long id = nextCheckpointId++;
    long deadline = now + setup.settings().timeout().toMillis();
    pending.put(id, new PendingCheckpoint(id, kind, now, deadline, setup.tasks()));
    history.started(id, kind, now, setup.tasks().size());
    triggerPolicy().ifPresent(p -> p.started(now));
    return new CheckpointEvent.Trigger(id, kind, now);
  }

  private void ended(PendingCheckpoint checkpoint, long now, List<CheckpointEvent> events) {
    long id = checkpoint.checkpointId();
    pending.remove(id);
    finalizing.remove(id);
    triggerPolicy().ifPresent(p -> p.ended(now));
    history.failed(id, now, checkpoint.failureMessage());
    events.add(new CheckpointEvent.Aborted(id, checkpoint.kind(), checkpoint.failureReason(),
        checkpoint.failureMessage()));
    if (failures.failed(id, checkpoint.kind(), checkpoint.failureReason())) {
      events.add(new CheckpointEvent.FailJob(id, "More than " + setup.settings().tolerableFailures()
          + " checkpoint(s) failed in a row (execution.checkpointing.tolerable-failed-checkpoints); the last: "
          + checkpoint.failureMessage()));
    }
  }

  private Optional<CheckpointTriggerPolicy> triggerPolicy() {
    return Optional.ofNullable(triggerPolicy);
  }
}
