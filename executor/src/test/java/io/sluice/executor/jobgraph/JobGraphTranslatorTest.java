package io.sluice.executor.jobgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.graph.StreamInput;
import io.sluice.executor.testing.CountingSource;
import io.sluice.executor.testing.SinkCollector;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobGraphTranslatorTest {
  private final SinkCollector sink = new SinkCollector();

  @Test
  void forwardPipelineBecomesOneChain() {
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("Source: gen", 2, new CountingSource(10));
    int calc = graph.addOperator("Calc", 2, sink.factory(), src, Exchange.forward());
    graph.addOperator("Sink", 2, sink.factory(), calc, Exchange.forward());

    JobGraph job = JobGraphTranslator.translate(graph, 128);

    assertThat(job.vertices()).hasSize(1);
    assertThat(job.vertices().get(0).name()).isEqualTo("Source: gen -> Calc -> Sink");
    assertThat(job.edges()).isEmpty();
  }

  @Test
  void nonForwardExchangesSplitChains() {
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("src", 2, new CountingSource(10));
    int agg = graph.addOperator("agg", 2, sink.factory(), src, Exchange.hash(row -> row.field(0)));
    int calc = graph.addOperator("calc", 2, sink.factory(), agg, Exchange.forward());
    graph.addOperator("sink", 1, sink.factory(), calc, Exchange.global());

    JobGraph job = JobGraphTranslator.translate(graph, 128);

    assertThat(job.vertices()).extracting(JobVertex::name).containsExactly("src", "agg -> calc", "sink");
    assertThat(job.edges()).extracting(e -> e.sourceVertex() + "->" + e.targetVertex() + " " + e.exchange())
        .containsExactly("0->1 HASH", "1->2 GLOBAL");
    assertThat(job.edges().get(1).sourceNode()).isEqualTo(calc);
  }

  @Test
  void unionIsNeverChainedAndFanOutChainsBothBranches() {
    StreamGraph graph = new StreamGraph();
    int a = graph.addSource("a", 1, new CountingSource(10));
    int left = graph.addOperator("left", 1, sink.factory(), a, Exchange.forward());
    int right = graph.addOperator("right", 1, sink.factory(), a, Exchange.forward());
    graph.addOperator("union", 1, sink.factory(),
        List.of(new StreamInput(left, Exchange.forward()), new StreamInput(right, Exchange.forward())));

    JobGraph job = JobGraphTranslator.translate(graph, 128);

    assertThat(job.vertices()).extracting(JobVertex::name).containsExactly("a -> left -> right", "union");
    assertThat(job.inputsOf(1)).extracting(JobEdge::sourceNode).containsExactly(left, right);
    assertThat(job.outputsOf(0)).hasSize(2);
  }

  @Test
  void rejectsEmptyGraphsAndParallelismAboveMaximum() {
    assertThatThrownBy(() -> JobGraphTranslator.translate(new StreamGraph(), 128))
        .hasMessageContaining("no operators");
    StreamGraph graph = new StreamGraph();
    graph.addSource("src", 8, new CountingSource(10));
    assertThatThrownBy(() -> JobGraphTranslator.translate(graph, 4))
        .hasMessageContaining("Parallelism 8 of 'src' exceeds the maximum parallelism 4");
  }
}
