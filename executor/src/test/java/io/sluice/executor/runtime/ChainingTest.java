package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.config.Configuration;
import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.testing.CountingSource;
import io.sluice.executor.testing.Operators;
import io.sluice.executor.testing.SinkCollector;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChainingTest {
  private final LocalExecutor executor = new LocalExecutor();
  private final SinkCollector sink = new SinkCollector();
  private final Map<String, Thread> threads = new ConcurrentHashMap<>();

  @AfterEach
  void close() {
    executor.close();
  }

  @Test
  void forwardPipelineRunsOnOneThreadPerSubtask() throws Exception {
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("gen", 2, new CountingSource(1000));
    int a = graph.addOperator("a", 2, Operators.recordingThread("a", threads), src, Exchange.forward());
    int b = graph.addOperator("b", 2, Operators.recordingThread("b", threads), a, Exchange.forward());
    graph.addOperator("sink", 2, sink.factory(), b, Exchange.forward());

    JobHandle job = executor.submit("chain", graph, new Configuration());

    assertThat(job.awaitTermination(Duration.ofSeconds(10))).isTrue();
    assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
    for (int subtask = 0; subtask < 2; subtask++) {
      Thread thread = threads.get("a/" + subtask);
      assertThat(threads.get("b/" + subtask)).isSameAs(thread);
      assertThat(sink.threads.get(subtask)).isSameAs(thread);
      assertThat(thread.getName())
          .isEqualTo("sluice-" + job.id() + "-gen -> a -> b -> sink-" + (subtask + 1) + "/2");
    }
    assertThat(threads.get("a/0")).isNotSameAs(threads.get("a/1"));
    assertThat(sink.count()).isEqualTo(1000);
  }

  @Test
  void otherExchangesRunOnOtherThreads() throws Exception {
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("gen", 1, new CountingSource(1000));
    int a = graph.addOperator("a", 1, Operators.recordingThread("a", threads), src, Exchange.forward());
    int b = graph.addOperator("b", 1, Operators.recordingThread("b", threads), a, Exchange.rebalance());
    graph.addOperator("sink", 1, sink.factory(), b, Exchange.forward());

    JobHandle job = executor.submit("split", graph, new Configuration());

    assertThat(job.awaitTermination(Duration.ofSeconds(10))).isTrue();
    assertThat(threads.get("b/0")).isNotSameAs(threads.get("a/0")).isSameAs(sink.threads.get(0));
    assertThat(sink.count()).isEqualTo(1000);
  }

  @Test
  void aNodeFeedingSeveralConsumersSendsEveryRowToEach() throws Exception {
    SinkCollector left = new SinkCollector();
    SinkCollector right = new SinkCollector();
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("gen", 2, new CountingSource(1000));
    graph.addOperator("left", 2, left.factory(), src, Exchange.forward());
    graph.addOperator("right", 2, right.factory(), src, Exchange.forward());
    graph.addOperator("remote", 1, sink.factory(), src, Exchange.rebalance());

    JobHandle job = executor.submit("fan out", graph, new Configuration());

    assertThat(job.awaitTermination(Duration.ofSeconds(10))).isTrue();
    assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
    assertThat(left.count()).isEqualTo(1000);
    assertThat(right.count()).isEqualTo(1000);
    assertThat(sink.count()).isEqualTo(1000);
    assertThat(left.threads.get(0)).isSameAs(right.threads.get(0)).isNotSameAs(sink.threads.get(0));
  }
}
