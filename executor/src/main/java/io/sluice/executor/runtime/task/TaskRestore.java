package io.sluice.executor.runtime.task;

import io.sluice.executor.checkpoint.StateAssignment;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;

/**
 * The checkpoint a job's tasks start from.
 *
 * @param assignment the state of each operator, by stable id
 * @param location where the state files are
 */
public record TaskRestore(StateAssignment assignment, CheckpointLocation location) {}
