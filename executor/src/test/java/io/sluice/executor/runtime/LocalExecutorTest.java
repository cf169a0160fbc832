package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.config.Configuration;
import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.testing.CountingSource;
import io.sluice.executor.testing.EndlessSource;
import io.sluice.executor.testing.JobThreads;
import io.sluice.executor.testing.SinkCollector;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LocalExecutorTest {
  private final SinkCollector sink = new SinkCollector();

  @Test
  void listsJobsByShortUniqueIds() throws Exception {
    try (LocalExecutor executor = new LocalExecutor()) {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < 5; i++) {
        JobHandle job = executor.submit("job " + i, boundedGraph(), new Configuration());
        assertThat(job.id()).matches("[0-9a-f]{8}");
        assertThat(job.name()).isEqualTo("job " + i);
        ids.add(job.id());
        assertThat(executor.job(job.id())).containsSame(job);
      }
      assertThat(ids).hasSize(5);
      assertThat(executor.jobs()).extracting(JobHandle::name).containsExactly("job 0", "job 1", "job 2", "job 3",
          "job 4");
      assertThat(executor.job("nope")).isEmpty();
    }
  }

  @Test
  void terminationFutureCompletesWithTheStatusAfterTheThreadsExited() throws Exception {
    try (LocalExecutor executor = new LocalExecutor()) {
      JobHandle job = executor.submit("bounded", boundedGraph(), new Configuration());
      JobStatus status = job.terminationFuture()
          .thenApply(s -> JobThreads.alive(job.id()).isEmpty() ? s : null)
          .get(10, TimeUnit.SECONDS);

      assertThat(status).isEqualTo(JobStatus.FINISHED);
      assertThat(job.endTime().orElseThrow()).isAfterOrEqualTo(job.startTime());
      assertThat(sink.count()).isEqualTo(1000);
    }
  }

  @Test
  void closeCancelsRunningJobsAndRefusesNewOnes() throws Exception {
    LocalExecutor executor = new LocalExecutor();
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("endless", 2, new EndlessSource(10));
    graph.addOperator("sink", 2, sink.factory(), src, Exchange.rebalance());
    JobHandle job = executor.submit("endless", graph, new Configuration());
    assertThat(job.awaitTermination(Duration.ofMillis(100))).isFalse();

    executor.close();

    assertThat(job.status()).isEqualTo(JobStatus.CANCELED);
    assertThat(JobThreads.alive(job.id())).isEmpty();
    assertThatThrownBy(() -> executor.submit("late", boundedGraph(), new Configuration()))
        .isInstanceOf(IllegalStateException.class);
  }

  private StreamGraph boundedGraph() {
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("src", 2, new CountingSource(1000));
    graph.addOperator("sink", 1, sink.factory(), src, Exchange.rebalance());
    return graph;
  }
}
