package io.sluice.executor.checkpoint;

import java.util.Objects;

/**
 * What {@code SHOW CHECKPOINTS} shows of one checkpoint or savepoint: an immutable picture taken when it started,
 * completed or failed.
 *
 * @param checkpointId its id
 * @param kind checkpoint or savepoint
 * @param status in progress, completed or failed
 * @param triggerTimestamp when it started, epoch milliseconds
 * @param endTimestamp when it completed or failed, epoch milliseconds; 0 while in progress
 * @param acknowledged how many tasks have acknowledged it
 * @param tasks how many tasks must acknowledge it
 * @param stateSize bytes of state written, once completed; 0 otherwise
 * @param pointer where it is (a directory for file storage); null until its location is created
 * @param failureMessage why it failed; null unless failed
 */
public record CheckpointStats(long checkpointId, CheckpointKind kind, Status status, long triggerTimestamp,
    long endTimestamp, int acknowledged, int tasks, long stateSize, String pointer, String failureMessage) {
  /** Where a checkpoint is in its life, as users see it. */
  public enum Status { IN_PROGRESS, COMPLETED, FAILED }

  public CheckpointStats {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
  }

  /** Time from trigger to end, or to {@code now} while in progress. */
  public long durationMillis(long now) {
    return (status == Status.IN_PROGRESS ? now : endTimestamp) - triggerTimestamp;
  }

  CheckpointStats withPointer(String newPointer) {
    return new CheckpointStats(checkpointId, kind, status, triggerTimestamp, endTimestamp, acknowledged, tasks,
        stateSize, newPointer, failureMessage);
  }

  CheckpointStats withAcknowledged(int newAcknowledged) {
    return new CheckpointStats(checkpointId, kind, status, triggerTimestamp, endTimestamp, newAcknowledged, tasks,
        stateSize, pointer, failureMessage);
  }

  CheckpointStats completed(long now, long size) {
    return new CheckpointStats(checkpointId, kind, Status.COMPLETED, triggerTimestamp, now, tasks, tasks, size,
        pointer, null);
  }

  CheckpointStats failed(long now, String message) {
    return new CheckpointStats(checkpointId, kind, Status.FAILED, triggerTimestamp, now, acknowledged, tasks, 0,
        pointer, message);
  }
}
