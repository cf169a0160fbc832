package io.sluice.executor.checkpoint;

import java.util.Objects;
import java.util.Set;

/**
 * What a {@link CheckpointCoordinator} is built from.
 *
 * @param jobId written into every checkpoint's metadata
 * @param maxParallelism the job's number of key groups, written into the metadata
 * @param tasks every task of the job; all must acknowledge each checkpoint
 * @param settings interval, timeout, pauses and tolerance
 * @param retention keeps the completed checkpoints
 * @param firstCheckpointId 1 for a new job; after a restore, one more than the restored checkpoint's id
 */
public record CheckpointCoordinatorSetup(String jobId, int maxParallelism, Set<TaskId> tasks,
    CheckpointSettings settings, CheckpointRetention retention, long firstCheckpointId) {
  public CheckpointCoordinatorSetup {
    Objects.requireNonNull(jobId, "jobId");
    if (maxParallelism <= 0) {
      throw new IllegalArgumentException("Maximum parallelism must be positive, got " + maxParallelism);
    }
    tasks = Set.copyOf(tasks);
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(retention, "retention");
    if (firstCheckpointId <= 0) {
      throw new IllegalArgumentException("Checkpoint ids start at 1, got " + firstCheckpointId);
    }
  }
}
