package io.sluice.executor.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.executor.testing.CountingSource;
import io.sluice.executor.testing.SinkCollector;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamGraphTest {
  private final SinkCollector sink = new SinkCollector();

  @Test
  void nodeIdsAreAssignedInOrder() {
    StreamGraph graph = new StreamGraph();
    int source = graph.addSource("src", 2, new CountingSource(10));
    int op = graph.addOperator("op", 2, sink.factory(), source, Exchange.forward());
    assertThat(source).isZero();
    assertThat(op).isEqualTo(1);
    assertThat(graph.node(op).inputs()).containsExactly(new StreamInput(source, Exchange.forward()));
    assertThat(graph.node(source).isSource()).isTrue();
  }

  @Test
  void forwardNeedsEqualParallelism() {
    StreamGraph graph = new StreamGraph();
    int source = graph.addSource("src", 2, new CountingSource(10));
    assertThatThrownBy(() -> graph.addOperator("sink", 3, sink.factory(), source, Exchange.forward()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'src' (parallelism 2)")
        .hasMessageContaining("'sink' (parallelism 3)");
    graph.addOperator("sink", 3, sink.factory(), source, Exchange.rebalance());
  }

  @Test
  void rejectsUnknownInputsAndBadParallelism() {
    StreamGraph graph = new StreamGraph();
    assertThatThrownBy(() -> graph.addOperator("op", 1, sink.factory(), 0, Exchange.rebalance()))
        .hasMessageContaining("is not a node");
    assertThatThrownBy(() -> graph.addSource("src", 0, new CountingSource(1)))
        .hasMessageContaining("must be greater than 0");
    assertThatThrownBy(() -> graph.addOperator("op", 1, sink.factory(), List.of()))
        .hasMessageContaining("at least one input");
  }
}
