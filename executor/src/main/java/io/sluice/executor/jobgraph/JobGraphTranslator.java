package io.sluice.executor.jobgraph;

import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.graph.StreamInput;
import io.sluice.executor.graph.StreamNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link StreamGraph} into a {@link JobGraph} by chaining. A node is chained into the chain of its
 * producer when it has exactly one input, that input is a forward exchange, and both have the same parallelism:
 * then each instance of the node only ever sees rows of the same-numbered producer instance, so it can run on the
 * producer's thread and receive rows by a direct call instead of through a channel. Every other input becomes a
 * {@link JobEdge}, and a node with such inputs starts a new chain.
 *
 * <p>One pass in node order suffices because a node's inputs always come before it. A producer may feed several
 * chained nodes (the chain is then a tree, run in node order).
 */
public final class JobGraphTranslator {
  private JobGraphTranslator() {}

  /**
   * @throws IllegalArgumentException if the graph is empty or a node's parallelism exceeds {@code maxParallelism}
   */
  public static JobGraph translate(StreamGraph graph, int maxParallelism) {
    List<StreamNode> nodes = graph.nodes();
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("The job has no operators");
    }
    int[] vertexOfNode = new int[nodes.size()];
    List<List<StreamNode>> chains = new ArrayList<>();
    for (StreamNode node : nodes) {
      checkParallelism(node, maxParallelism);
      if (isChainedToInput(node, nodes)) {
        vertexOfNode[node.id()] = vertexOfNode[node.inputs().get(0).node()];
      } else {
        vertexOfNode[node.id()] = chains.size();
        chains.add(new ArrayList<>());
      }
      chains.get(vertexOfNode[node.id()]).add(node);
    }

    List<JobVertex> vertices = new ArrayList<>();
    for (List<StreamNode> chain : chains) {
      vertices.add(new JobVertex(vertices.size(), chain.get(0).parallelism(), chain));
    }
    List<JobEdge> edges = new ArrayList<>();
    for (StreamNode node : nodes) {
      if (node.isSource() || isChainedToInput(node, nodes)) {
        continue;
      }
      for (StreamInput input : node.inputs()) {
        edges.add(new JobEdge(edges.size(), vertexOfNode[input.node()], input.node(), vertexOfNode[node.id()],
            input.exchange(), input.input()));
      }
    }
    return new JobGraph(vertices, edges);
  }

  /** The chaining rule; see the class comment. */
  static boolean isChainedToInput(StreamNode node, List<StreamNode> nodes) {
    if (node.inputs().size() != 1) {
      return false;
    }
    StreamInput input = node.inputs().get(0);
    return input.exchange().kind() == Exchange.Kind.FORWARD
        && nodes.get(input.node()).parallelism() == node.parallelism();
  }

  private static void checkParallelism(StreamNode node, int maxParallelism) {
    if (node.parallelism() > maxParallelism) {
      throw new IllegalArgumentException("Parallelism " + node.parallelism() + " of '" + node.name()
          + "' exceeds the maximum parallelism " + maxParallelism + " (pipeline.max-parallelism)");
    }
  }
}
