package io.sluice.executor.api;

import io.sluice.common.config.Configuration;

/**
 * What an operator or source reader may know about where it runs: its name, which parallel instance it is, and
 * the job's configuration. Nothing about threads, queues or storage.
 *
 * @param operatorName the name shown in plans and errors
 * @param subtaskIndex 0-based index of this parallel instance
 * @param parallelism number of parallel instances of this operator
 * @param maxParallelism number of key groups
 * @param configuration the job's configuration (the session's options when it was submitted)
 */
public record OperatorContext(
    String operatorName, int subtaskIndex, int parallelism, int maxParallelism, Configuration configuration) {}
