package io.sluice.executor.graph;

import java.util.Objects;

/**
 * One input of an operator: the node it reads from, how the rows are distributed, and which input of the
 * operator it feeds.
 *
 * @param node the id of the producing node, as returned by {@link StreamGraph}
 * @param exchange how the producer's rows reach the operator's parallel instances
 * @param input the operator's input this feeds: always 0 for a one-input operator (several inputs form a union),
 *     0 or 1 for a {@link io.sluice.executor.api.TwoInputOperator}
 */
public record StreamInput(int node, Exchange exchange, int input) {
  public StreamInput {
    Objects.requireNonNull(exchange, "exchange");
    if (input < 0 || input > 1) {
      throw new IllegalArgumentException("Input index must be 0 or 1, got " + input);
    }
  }

  /** An input of a one-input operator. */
  public StreamInput(int node, Exchange exchange) {
    this(node, exchange, 0);
  }
}
