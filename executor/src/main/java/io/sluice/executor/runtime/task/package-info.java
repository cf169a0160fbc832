/**
 * Internal: a {@link io.sluice.executor.runtime.task.Task} runs one parallel instance of a chain on its own thread;
 * its operators call each other directly through the outputs an {@code OperatorChain} wires up.
 */
package io.sluice.executor.runtime.task;
