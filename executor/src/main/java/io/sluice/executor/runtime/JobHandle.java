package io.sluice.executor.runtime;

import java.time.Duration;
import java.time.Instant;
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
   * closed, then the terminal status. A job that is being canceled or is failing still reports RUNNING.
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
