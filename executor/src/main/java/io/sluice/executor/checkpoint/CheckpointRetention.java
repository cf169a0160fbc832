package io.sluice.executor.checkpoint;

import io.sluice.common.config.ExternalizedCheckpointRetention;
import io.sluice.executor.runtime.JobStatus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Which completed checkpoints a job keeps. Pure logic: it returns the ids of checkpoints to delete, and the caller
 * deletes them from storage.
 *
 * <p>While the job runs, the newest {@code num-retained} completed checkpoints are kept and each completion
 * beyond that returns the oldest to delete. When the job ends, what is left is deleted or kept as
 * {@code externalized-checkpoint-retention} says, with Flink's meanings:
 *
 * <table>
 *   <caption>Deleted when the job ends as</caption>
 *   <tr><th>retention</th><th>FINISHED</th><th>CANCELED</th><th>FAILED</th></tr>
 *   <tr><td>NO_EXTERNALIZED_CHECKPOINTS</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>DELETE_ON_CANCELLATION</td><td>yes</td><td>yes</td><td>no</td></tr>
 *   <tr><td>RETAIN_ON_CANCELLATION</td><td>yes</td><td>no</td><td>no</td></tr>
 * </table>
 *
 * FAILED means failed for good (the restart strategy gave up); a restart keeps everything. Savepoints are never
 * added here. A process that is killed deletes nothing, which is how a job is recovered from its checkpoint
 * directory after a crash. Not thread-safe.
 */
public final class CheckpointRetention {
  private final int numRetained;
  private final ExternalizedCheckpointRetention onTermination;
  private final Deque<CheckpointMetadata> retained = new ArrayDeque<>();

  public CheckpointRetention(int numRetained, ExternalizedCheckpointRetention onTermination) {
    if (numRetained <= 0) {
      throw new IllegalArgumentException("At least one checkpoint must be retained, was " + numRetained);
    }
    this.numRetained = numRetained;
    this.onTermination = onTermination;
  }

  /**
   * Adds a completed checkpoint.
   *
   * @return the ids of the checkpoints it subsumes, oldest first, which the caller deletes
   * @throws IllegalArgumentException for a savepoint, or an id not newer than the latest retained
   */
  public List<Long> add(CheckpointMetadata completed) {
    if (completed.kind() != CheckpointKind.CHECKPOINT) {
      throw new IllegalArgumentException("Savepoints are not retained with checkpoints");
    }
    if (!retained.isEmpty() && completed.checkpointId() <= retained.peekLast().checkpointId()) {
      throw new IllegalArgumentException("Checkpoint " + completed.checkpointId() + " is not newer than "
          + retained.peekLast().checkpointId());
    }
    retained.addLast(completed);
    List<Long> subsumed = new ArrayList<>();
    while (retained.size() > numRetained) {
      subsumed.add(retained.removeFirst().checkpointId());
    }
    return subsumed;
  }

  /**
   * The job ended: returns the ids of the retained checkpoints to delete, oldest first, and forgets them.
   *
   * @throws IllegalArgumentException if the status is not terminal
   */
  public List<Long> jobTerminated(JobStatus status) {
    boolean delete = switch (status) {
      case FINISHED -> true;
      case CANCELED -> onTermination != ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION;
      case FAILED -> onTermination == ExternalizedCheckpointRetention.NO_EXTERNALIZED_CHECKPOINTS;
      case RUNNING, RESTARTING -> throw new IllegalArgumentException("The job has not ended");
    };
    if (!delete) {
      return List.of();
    }
    List<Long> ids = retained.stream().map(CheckpointMetadata::checkpointId).toList();
    retained.clear();
    return ids;
  }

  /** The newest completed checkpoint, if any. */
  public Optional<CheckpointMetadata> latest() {
    return Optional.ofNullable(retained.peekLast());
  }

  /** The retained checkpoints, newest first: the order in which a restore tries them. */
  public List<CheckpointMetadata> newestFirst() {
    List<CheckpointMetadata> list = new ArrayList<>(retained);
    Collections.reverse(list);
    return list;
  }
}
