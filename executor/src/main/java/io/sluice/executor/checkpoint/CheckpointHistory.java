package io.sluice.executor.checkpoint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The recent checkpoints and savepoints of one job, for {@code SHOW CHECKPOINTS}: every one in progress, and the
 * newest {@link #DEFAULT_SIZE} (by default) that ended, completed or failed; older ones are forgotten so a job
 * that runs for weeks keeps a bounded history, as Flink's {@code web.checkpoints.history} does. The newest
 * completed checkpoint is always kept apart, however many failed after it. Pure logic, not thread-safe: kept by
 * the {@link CheckpointCoordinator}.
 */
public final class CheckpointHistory {
  /** Flink's default for {@code web.checkpoints.history}. */
  public static final int DEFAULT_SIZE = 10;

  private final int size;
  private final TreeMap<Long, CheckpointStats> inProgress = new TreeMap<>();
  private final TreeMap<Long, CheckpointStats> ended = new TreeMap<>();
  private CheckpointStats latestCompleted;

  public CheckpointHistory(int size) {
    if (size <= 0) {
      throw new IllegalArgumentException("The history must keep at least one checkpoint, was " + size);
    }
    this.size = size;
  }

  void started(long checkpointId, CheckpointKind kind, long now, int tasks) {
    inProgress.put(checkpointId, new CheckpointStats(checkpointId, kind, CheckpointStats.Status.IN_PROGRESS, now,
        0, 0, tasks, 0, null, null));
  }

  void located(long checkpointId, String pointer) {
    inProgress.computeIfPresent(checkpointId, (id, stats) -> stats.withPointer(pointer));
  }

  void acknowledged(long checkpointId, int acknowledged) {
    inProgress.computeIfPresent(checkpointId, (id, stats) -> stats.withAcknowledged(acknowledged));
  }

  void completed(long checkpointId, long now, long stateSize) {
    CheckpointStats stats = inProgress.remove(checkpointId);
    if (stats != null) {
      CheckpointStats done = stats.completed(now, stateSize);
      if (done.kind() == CheckpointKind.CHECKPOINT) {
        latestCompleted = done;
      }
      end(done);
    }
  }

  void failed(long checkpointId, long now, String message) {
    CheckpointStats stats = inProgress.remove(checkpointId);
    if (stats != null) {
      end(stats.failed(now, message));
    }
  }

  private void end(CheckpointStats stats) {
    ended.put(stats.checkpointId(), stats);
    while (ended.size() > size) {
      ended.pollFirstEntry();
    }
  }

  /** Every checkpoint in progress and the recent ones that ended, newest first. */
  public List<CheckpointStats> newestFirst() {
    List<CheckpointStats> all = new ArrayList<>(ended.values());
    all.addAll(inProgress.values());
    if (latestCompleted != null && !ended.containsKey(latestCompleted.checkpointId())) {
      all.add(latestCompleted);
    }
    all.sort((a, b) -> Long.compare(a.checkpointId(), b.checkpointId()));
    Collections.reverse(all);
    return all;
  }

  /** The newest completed periodic checkpoint (not savepoint), if any. */
  public Optional<CheckpointStats> latestCompleted() {
    return Optional.ofNullable(latestCompleted);
  }
}
