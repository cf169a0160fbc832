package io.sluice.executor.api;

/**
 * Implemented by an operator or a source reader that acts when a checkpoint completes: a two-phase-commit sink
 * commits the transactions it pre-committed for that checkpoint and every earlier one, a Kafka source commits
 * its offsets back to the broker. Called on the instance's thread, between rows, at most once per checkpoint and
 * not necessarily for every checkpoint: a notification for checkpoint {@code n} means that every checkpoint up to
 * {@code n} that completed is durable, so an implementation commits everything pending up to {@code n}. After a
 * failure, the notification of the last checkpoint may never arrive: the restored instance commits what its
 * restored state says was pre-committed (commits must be idempotent).
 */
public interface CheckpointListener {
  /** Checkpoint {@code checkpointId} completed: everything up to it is durable. */
  void notifyCheckpointComplete(long checkpointId) throws Exception;
}
