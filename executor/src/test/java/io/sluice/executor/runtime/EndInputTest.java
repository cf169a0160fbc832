package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.config.Configuration;
import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.testing.CountingSource;
import io.sluice.executor.testing.Operators;
import io.sluice.executor.testing.SinkCollector;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EndInputTest {
  private final LocalExecutor executor = new LocalExecutor();
  private final SinkCollector sink = new SinkCollector();
  private final List<String> events = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    executor.close();
  }

  @Test
  void endsChainedOperatorsHeadToTailAndDeliversWhatTheyEmit() throws Exception {
    run(Exchange.forward());

    assertThat(events).containsExactly(
        "a.row +I[0]", "b.row +I[0]",
        "a.row +I[1]", "b.row +I[1]",
        "a.row +I[2]", "b.row +I[2]",
        "a.endInput", "b.row +I[a-end]",
        "b.endInput");
    assertThat(sink.events.subList(sink.events.size() - 3, sink.events.size()))
        .containsExactly("sink.row +I[a-end]", "sink.row +I[b-end]", "sink.endInput");
  }

  @Test
  void endsOperatorsAcrossChannelsAfterAllTheirInputEnded() throws Exception {
    run(Exchange.rebalance());

    assertThat(events.stream().filter(e -> e.startsWith("b.")).toList()).containsExactly(
        "b.row +I[0]", "b.row +I[1]", "b.row +I[2]", "b.row +I[a-end]", "b.endInput");
    assertThat(sink.rows()).containsExactly(
        Row.of(0L), Row.of(1L), Row.of(2L), Row.of("a-end"), Row.of("b-end"));
  }

  private void run(Exchange betweenAandB) throws InterruptedException {
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("src", 1, new CountingSource(3));
    int a = graph.addOperator("a", 1, Operators.emittingAtEnd("a", events), src, Exchange.forward());
    int b = graph.addOperator("b", 1, Operators.emittingAtEnd("b", events), a, betweenAandB);
    graph.addOperator("sink", 1, sink.factory(), b, Exchange.forward());

    JobHandle job = executor.submit("end input", graph, new Configuration());

    assertThat(job.awaitTermination(Duration.ofSeconds(10))).isTrue();
    assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
    assertThat(sink.closed).hasValue(1);
  }
}
