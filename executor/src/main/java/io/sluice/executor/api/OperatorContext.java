package io.sluice.executor.api;

import io.sluice.common.config.Configuration;
import io.sluice.state.OperatorStateStore;
import io.sluice.state.operator.OperatorStateBackend;

/**
 * What an operator or source reader may know about where it runs: its name, which parallel instance it is, the
 * job's configuration, wall-clock timers, its counters, its operator state and, for a keyed operator, its keyed
 * state and event-time timers. Nothing about threads, queues or storage.
 *
 * @param operatorName the name shown in plans and errors
 * @param subtaskIndex 0-based index of this parallel instance
 * @param parallelism number of parallel instances of this operator
 * @param maxParallelism number of key groups
 * @param configuration the job's configuration (the session's options when it was submitted)
 * @param keyedStateStore the keyed state of a keyed operator, null for any other; read it with
 *     {@link #keyedState()}
 * @param processingTime the clock and processing-time timers of the task that runs the operator
 * @param metrics the operator instance's counters, which the job reports
 * @param operatorState the instance's operator state (list, union list and broadcast state), which the runtime
 *     snapshots into every checkpoint and shares out among the new instances on restore
 */
public record OperatorContext(String operatorName, int subtaskIndex, int parallelism, int maxParallelism,
    Configuration configuration, KeyedStateStore keyedStateStore, ProcessingTimeService processingTime,
    OperatorMetrics metrics, OperatorStateStore operatorState) {

  /**
   * The context of an operator that is not keyed and runs outside a task: no processing-time timers, counters
   * that nobody reads, empty operator state that nobody snapshots.
   */
  public OperatorContext(
      String operatorName, int subtaskIndex, int parallelism, int maxParallelism, Configuration configuration) {
    this(operatorName, subtaskIndex, parallelism, maxParallelism, configuration, null, ProcessingTimeService.NONE,
        new OperatorMetrics(), new OperatorStateBackend());
  }

  /** This context with keyed state. */
  public OperatorContext withKeyedState(KeyedStateStore store) {
    return new OperatorContext(operatorName, subtaskIndex, parallelism, maxParallelism, configuration, store,
        processingTime, metrics, operatorState);
  }

  /** This context with another clock and timers. */
  public OperatorContext withProcessingTime(ProcessingTimeService service) {
    return new OperatorContext(operatorName, subtaskIndex, parallelism, maxParallelism, configuration,
        keyedStateStore, service, metrics, operatorState);
  }

  /** This context with other counters. */
  public OperatorContext withMetrics(OperatorMetrics operatorMetrics) {
    return new OperatorContext(operatorName, subtaskIndex, parallelism, maxParallelism, configuration,
        keyedStateStore, processingTime, operatorMetrics, operatorState);
  }

  /** This context with other operator state (the runtime's, restored from a checkpoint). */
  public OperatorContext withOperatorState(OperatorStateStore store) {
    return new OperatorContext(operatorName, subtaskIndex, parallelism, maxParallelism, configuration,
        keyedStateStore, processingTime, metrics, store);
  }

  /**
   * Where a keyed operator declares its state.
   *
   * @throws IllegalStateException if the operator was not added to its graph as a keyed operator
   */
  public KeyedStateStore keyedState() {
    if (keyedStateStore == null) {
      throw new IllegalStateException("Operator '" + operatorName + "' has no keyed state: add it to the graph "
          + "with StreamGraph.addKeyedOperator");
    }
    return keyedStateStore;
  }
}
