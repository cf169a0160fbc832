package io.sluice.executor.runtime.channel;

import io.sluice.common.Row;
import io.sluice.executor.api.KeySelector;
import io.sluice.executor.graph.Exchange;
import io.sluice.state.KeyGroups;

/** Picks the channel of a producer's output that a row goes to; one instance per producer subtask. */
@FunctionalInterface
public interface Partitioner {
  /** The index of the target channel in {@code [0, numChannels)}. */
  int select(Row row);

  /**
   * The partitioner of one producer instance for an exchange other than {@link Exchange.Kind#BROADCAST} (which
   * sends every row to every channel and needs none).
   *
   * @param numChannels the producer's channels for this edge: 1 for forward, else the consumer's parallelism
   */
  static Partitioner create(Exchange exchange, int producerSubtask, int numChannels, int maxParallelism) {
    return switch (exchange.kind()) {
      case FORWARD, GLOBAL -> row -> 0;
      case REBALANCE -> new RoundRobin(producerSubtask % numChannels, numChannels);
      case HASH -> byKey(exchange.keySelector(), numChannels, maxParallelism);
      case BROADCAST -> throw new IllegalArgumentException("A broadcast exchange has no partitioner");
    };
  }

  private static Partitioner byKey(KeySelector keySelector, int numChannels, int maxParallelism) {
    return row -> KeyGroups.subtaskForKeyGroup(
        maxParallelism, numChannels, KeyGroups.assignToKeyGroup(keySelector.key(row), maxParallelism));
  }

  /** Round robin; producers start at different channels so that small inputs still spread out. */
  final class RoundRobin implements Partitioner {
    private final int numChannels;
    private int next;

    RoundRobin(int first, int numChannels) {
      this.next = first;
      this.numChannels = numChannels;
    }

    @Override
    public int select(Row row) {
      int channel = next;
      next = channel + 1 == numChannels ? 0 : channel + 1;
      return channel;
    }
  }
}
