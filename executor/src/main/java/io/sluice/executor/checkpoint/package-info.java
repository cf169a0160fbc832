/**
 * The checkpoint protocol, as pure decision logic, and the metadata of a checkpoint.
 *
 * <p>Each concern is a small class that sees times and ids, never threads, clocks or files:
 * {@link io.sluice.executor.checkpoint.CheckpointTriggerPolicy} (when the next checkpoint may start),
 * {@link io.sluice.executor.checkpoint.PendingCheckpoint} (which acknowledgements are outstanding),
 * {@link io.sluice.executor.checkpoint.CheckpointFailureCounter} (when failed checkpoints fail the job),
 * {@link io.sluice.executor.checkpoint.CheckpointRetention} (which completed checkpoints to keep and delete),
 * {@link io.sluice.executor.checkpoint.RestoreSelector} (which checkpoint to restore) and
 * {@link io.sluice.executor.checkpoint.StateAssignment} (whose state goes to which operator).
 * {@link io.sluice.executor.checkpoint.CheckpointCoordinator} composes them and returns
 * {@link io.sluice.executor.checkpoint.CheckpointEvent}s for the runtime's one coordinator thread to carry out.
 * The I/O shell, where checkpoints are written and read, is the {@code storage} subpackage.
 */
package io.sluice.executor.checkpoint;
