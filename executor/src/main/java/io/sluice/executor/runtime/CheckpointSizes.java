package io.sluice.executor.runtime;

/**
 * How much keyed state a checkpoint holds and how much it wrote, over all tasks.
 *
 * @param checkpointId the checkpoint
 * @param fullBytes the whole keyed state the checkpoint stands for, including shared files earlier checkpoints
 *     uploaded: the job's state size at that checkpoint
 * @param incrementalBytes what this checkpoint wrote: equal to {@code fullBytes} unless incremental
 */
public record CheckpointSizes(long checkpointId, long fullBytes, long incrementalBytes) {}
