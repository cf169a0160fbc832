package io.sluice.executor.graph;

import java.util.Objects;

/**
 * One input of an operator: the node it reads from and how the rows are distributed.
 *
 * @param node the id of the producing node, as returned by {@link StreamGraph}
 * @param exchange how the producer's rows reach the operator's parallel instances
 */
public record StreamInput(int node, Exchange exchange) {
  public StreamInput {
    Objects.requireNonNull(exchange, "exchange");
  }
}
