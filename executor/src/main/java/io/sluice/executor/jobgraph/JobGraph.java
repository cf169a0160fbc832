package io.sluice.executor.jobgraph;

import java.util.List;

/**
 * A {@link io.sluice.executor.graph.StreamGraph} after chaining: the chains (vertices) that become tasks, and the
 * edges between them that become channels. Vertices are in topological order.
 */
public record JobGraph(List<JobVertex> vertices, List<JobEdge> edges) {
  public JobGraph {
    vertices = List.copyOf(vertices);
    edges = List.copyOf(edges);
  }

  /** The edges entering {@code vertex}, in the order its channels are numbered. */
  public List<JobEdge> inputsOf(int vertex) {
    return edges.stream().filter(e -> e.targetVertex() == vertex).toList();
  }

  /** The edges leaving {@code vertex}, from any of its nodes. */
  public List<JobEdge> outputsOf(int vertex) {
    return edges.stream().filter(e -> e.sourceVertex() == vertex).toList();
  }
}
