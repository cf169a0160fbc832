package io.sluice.executor.runtime;

import io.sluice.executor.checkpoint.CheckpointMetadata;
import java.time.Duration;
import io.sluice.executor.checkpoint.CheckpointStats;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A job submitted to a {@link LocalExecutor}: its identity, its status, and the means to stop it or wait for it.
 * All methods may be called from any thread.
 */
public interface JobHandle {
  /** Short and unique within the executor: 8 hex digits. */
  String id();

  String name();

  /**
   * {@link JobStatus#RUNNING} until every task thread of the job has exited and every operator has been
   * closed, then the terminal status; {@link JobStatus#RESTARTING} from a failure that is restarted until the
   * next attempt's tasks are deployed. A job that is being canceled or is failing for good still reports RUNNING.
   */
  JobStatus status();

  Instant startTime();

  /** When the job reached its terminal status; empty while it runs. */
  Optional<Instant> endTime();

  /**
   * The first error of a {@link JobStatus#FAILED} job; empty otherwise. An error thrown by an operator, a source
   * reader or their factories is an {@link io.sluice.executor.runtime.task.OperatorException} whose message names
   * the operator and includes the original message, and whose cause is the original exception.
   */
  Optional<Throwable> failure();

  /** How many times the job was restarted after a failure (by its restart strategy). */
  default int restarts() {
    return 0;
  }

  /** The keyed state backend of the job's operators: {@code hashmap} or {@code rocksdb}. */
  default String stateBackend() {
    return "hashmap";
  }

  /**
   * The keyed state sizes of the newest completed checkpoint: the job's full state size then, and what that
   * checkpoint wrote (less with incremental checkpoints). Empty before the first checkpoint completes.
   */
  default Optional<CheckpointSizes> lastCheckpointSizes() {
    return Optional.empty();
  }

  /**
   * The latest failure of a task of the job, whether the job was restarted after it or failed for good; empty if
   * no task has failed.
   */
  default Optional<Throwable> lastFailure() {
    return Optional.empty();
  }

  /**
   * The checkpoints and savepoints in progress and the recent ones that ended, newest first (a bounded history);
   * empty for a job without checkpointing that took no savepoint.
   */
  default List<CheckpointStats> checkpoints() {
    return List.of();
  }

  /** The newest completed periodic checkpoint, if any. */
  default Optional<CheckpointStats> latestCheckpoint() {
    return Optional.empty();
  }

  /** The savepoint or checkpoint directory the job started from ({@code execution.state-recovery.path}). */
  default Optional<String> restoredFrom() {
    return Optional.empty();
  }

  /** One line for each damaged checkpoint skipped to find the one the job started from, naming it. */
  default List<String> restoreWarnings() {
    return List.of();
  }

  /**
   * Takes a savepoint while the job goes on running: a barrier through the whole job, all state written into a
   * new self-contained directory {@code savepoint-<job>-<random>} under {@code directory}, or under
   * {@code execution.checkpointing.savepoint-dir} when null. Completes with the savepoint's directory, or
   * exceptionally when it cannot be taken (no directory, the job is not running, a task declined, it timed out).
   */
  default CompletableFuture<String> triggerSavepoint(String directory) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("Savepoints are not supported"));
  }

  /**
   * Takes a savepoint and stops the job with it, as Flink's stop-with-savepoint: the sources stop right after the
   * savepoint's barrier, and once it is complete (and every operator was notified, so two-phase-commit sinks
   * commit) the job ends as {@link JobStatus#FINISHED} without ending its operators' input. With {@code drain}
   * the sources end their input first and a final {@link Long#MAX_VALUE} watermark fires every window, and the
   * savepoint is taken once every task has finished. If the savepoint fails the job goes on running. Completes
   * like {@link #triggerSavepoint}.
   */
  default CompletableFuture<String> stopWithSavepoint(String directory, boolean drain) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("Savepoints are not supported"));
  }

  /**
   * The job's counters, each summed over all operator instances, by name (e.g.
   * {@link io.sluice.executor.api.OperatorMetrics#LATE_ROWS_DROPPED}); a counter no operator has used is absent.
   * Live while the job runs, final once it has ended.
   */
  Map<String, Long> counters();

  /**
   * Stops the job: its tasks are interrupted, operators are closed, input is not ended (no {@code endInput}).
   * Returns at once; the job becomes {@link JobStatus#CANCELED} when its threads have exited. Does nothing if the
   * job has already finished, failed, or is failing.
   */
  void cancel();

  /**
   * Waits until the job has reached a terminal status.
   *
   * @param timeout how long to wait at most; null or zero waits without limit
   * @return true if the job has terminated, false if the timeout passed first
   * @throws IllegalArgumentException if the timeout is negative
   */
  boolean awaitTermination(Duration timeout) throws InterruptedException;

  /**
   * Completes with the terminal status (normally, also when the job failed) after all task threads have exited
   * and all operators have been closed. Dependent actions run on the executor's monitor thread unless made
   * asynchronous; they must not block.
   */
  CompletableFuture<JobStatus> terminationFuture();
}
