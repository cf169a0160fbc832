/**
 * The local runtime: {@link io.sluice.executor.runtime.LocalExecutor} runs jobs on threads of this JVM and hands out
 * {@link io.sluice.executor.runtime.JobHandle}s. Public. The subpackages {@code channel} (buffers, bounded channels,
 * input gates) and {@code task} (tasks, operator chains) are internal.
 */
package io.sluice.executor.runtime;
