/**
 * The thin I/O shell under the checkpoint protocol: where checkpoints and savepoints are written and read
 * ({@link io.sluice.executor.checkpoint.storage.CheckpointStorage}, in files or in memory), the versioned
 * {@code _metadata} format ({@link io.sluice.executor.checkpoint.storage.CheckpointMetadataFormat}), keyed state
 * in and out of a checkpoint, and the resolution of {@code execution.state-recovery.path}. Decides nothing.
 */
package io.sluice.executor.checkpoint.storage;
