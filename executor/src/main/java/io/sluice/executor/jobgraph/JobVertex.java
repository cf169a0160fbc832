package io.sluice.executor.jobgraph;

import io.sluice.executor.graph.StreamNode;
import java.util.List;

/**
 * A chain: stream nodes that run in one task per parallel instance and call each other directly. The first node
 * is the head (a source, or the operator that reads the chain's channels); the others follow in topological
 * order, each fed by exactly one node before it in the chain.
 *
 * @param id index of the vertex in {@link JobGraph#vertices()}
 * @param parallelism shared by all nodes of the chain
 * @param nodes the chained nodes, head first
 */
public record JobVertex(int id, int parallelism, List<StreamNode> nodes) {
  public JobVertex {
    nodes = List.copyOf(nodes);
  }

  public StreamNode head() {
    return nodes.get(0);
  }

  public boolean isSource() {
    return head().isSource();
  }

  /** The names of the chained nodes joined by arrows, as in Flink: {@code Source: gen -> Calc -> Sink}. */
  public String name() {
    StringBuilder sb = new StringBuilder();
    for (StreamNode node : nodes) {
      if (sb.length() > 0) {
        sb.append(" -> ");
      }
      sb.append(node.name());
    }
    return sb.toString();
  }
}
