package io.sluice.executor.checkpoint;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything needed to restore a job from one completed checkpoint or savepoint: written last, as the
 * {@code _metadata} file of the checkpoint's directory (see {@code storage.CheckpointMetadataFormat}), so a
 * checkpoint without readable metadata is not complete and never used.
 *
 * @param checkpointId increasing per job, from 1; a job restored from a checkpoint goes on after its id
 * @param jobId the id of the job that took it
 * @param kind checkpoint or savepoint
 * @param triggerTimestamp when it was started, epoch milliseconds
 * @param completionTimestamp when every task had acknowledged it, epoch milliseconds
 * @param maxParallelism the job's number of key groups, which a restored job must share
 * @param operators one entry per operator that has state or a position, ordered by operator id
 */
public record CheckpointMetadata(long checkpointId, String jobId, CheckpointKind kind, long triggerTimestamp,
    long completionTimestamp, int maxParallelism, List<OperatorSnapshot> operators) {
  public CheckpointMetadata {
    if (checkpointId <= 0) {
      throw new IllegalArgumentException("Checkpoint ids start at 1, got " + checkpointId);
    }
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(kind, "kind");
    if (maxParallelism <= 0) {
      throw new IllegalArgumentException("Maximum parallelism must be positive, got " + maxParallelism);
    }
    operators = operators.stream().sorted(Comparator.comparing(OperatorSnapshot::operatorId)).toList();
    for (int i = 1; i < operators.size(); i++) {
      if (operators.get(i).operatorId().equals(operators.get(i - 1).operatorId())) {
        throw new IllegalArgumentException("Operator " + operators.get(i).operatorId() + " appears twice");
      }
    }
  }

  public Optional<OperatorSnapshot> operator(String operatorId) {
    return operators.stream().filter(o -> o.operatorId().equals(operatorId)).findFirst();
  }

  /** The total size of the state files, for {@code SHOW CHECKPOINTS}. */
  public long stateSize() {
    return operators.stream().mapToLong(OperatorSnapshot::stateSize).sum();
  }

  /** Time from trigger to completion. */
  public long durationMillis() {
    return completionTimestamp - triggerTimestamp;
  }
}
