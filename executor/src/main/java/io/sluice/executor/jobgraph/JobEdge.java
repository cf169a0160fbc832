package io.sluice.executor.jobgraph;

import io.sluice.executor.graph.Exchange;

/**
 * A connection between two chains that goes through channels. It leaves the producing chain at any of its
 * nodes and always enters the consuming chain at its head.
 *
 * @param id index of the edge in {@link JobGraph#edges()}
 * @param sourceVertex the producing chain
 * @param sourceNode the node of the producing chain whose output this is
 * @param targetVertex the consuming chain
 * @param exchange how rows are distributed over the consumer's parallel instances
 * @param input which input of the consuming chain's head the edge feeds (0, or 1 for a two-input operator)
 */
public record JobEdge(int id, int sourceVertex, int sourceNode, int targetVertex, Exchange exchange, int input) {

  /** True when producer instance i writes only to consumer instance i (one channel each). */
  public boolean isPointwise() {
    return exchange.kind() == Exchange.Kind.FORWARD;
  }
}
