package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sluice.common.config.Configuration;
import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.testing.EndlessSource;
import io.sluice.executor.testing.JobThreads;
import io.sluice.executor.testing.Operators;
import io.sluice.executor.testing.ScriptedSource;
import io.sluice.executor.testing.SinkCollector;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CancelTest {
  private final LocalExecutor executor = new LocalExecutor(new ExecutorSettings(32, 2));
  private final SinkCollector sink = new SinkCollector();
  private final AtomicInteger opened = new AtomicInteger();
  private final AtomicInteger closed = new AtomicInteger();

  @AfterEach
  void close() {
    executor.close();
  }

  @Test
  void cancelStopsAnUnboundedJobAndClosesEveryOperator() throws Exception {
    EndlessSource source = new EndlessSource(100);
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("src", 2, source);
    int op = graph.addOperator("op", 3, Operators.counting(opened, closed), src, Exchange.rebalance());
    graph.addOperator("sink", 3, sink.factory(), op, Exchange.hash(row -> row.field(0)));

    JobHandle job = executor.submit("endless", graph, new Configuration());
    await().atMost(Duration.ofSeconds(10)).until(() -> sink.count() > 10_000);
    assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
    job.cancel();

    assertThat(job.awaitTermination(Duration.ofSeconds(10))).isTrue();
    assertThat(job.status()).isEqualTo(JobStatus.CANCELED);
    assertThat(job.failure()).isEmpty();
    assertThat(JobThreads.alive(job.id())).isEmpty();
    assertThat(source.opened).hasValue(2);
    assertThat(source.closed).hasValue(2);
    assertThat(closed).hasValue(3);
    assertThat(sink.closed).hasValue(3);
    assertThat(sink.events).doesNotContain("sink.endInput");
    assertThat(job.terminationFuture()).isCompletedWithValue(JobStatus.CANCELED);
  }

  @Test
  void cancelWakesTasksWaitingForIdleInputAndBlockedByBackpressure() throws Exception {
    StreamGraph graph = new StreamGraph();
    int idle = graph.addSource("idle", 1, new ScriptedSource().waitUntil(() -> false));
    graph.addOperator("waiting", 1, sink.factory(), idle, Exchange.rebalance());
    int busy = graph.addSource("busy", 1, new EndlessSource(10));
    graph.addOperator("stuck", 1, Operators.failing(Integer.MAX_VALUE, null, opened, closed), busy,
        Exchange.rebalance());
    graph.addOperator("blocked", 1, () -> (row, out) -> Thread.sleep(60_000), busy, Exchange.rebalance());

    JobHandle job = executor.submit("waiting", graph, new Configuration());
    Thread.sleep(200);
    job.cancel();

    assertThat(job.awaitTermination(Duration.ofSeconds(10))).isTrue();
    assertThat(job.status()).isEqualTo(JobStatus.CANCELED);
    assertThat(JobThreads.alive(job.id())).isEmpty();
    assertThat(closed).hasValue(1);
  }

  @Test
  void cancelStopsProducersWhoseOperatorsSwallowTheInterrupt() throws Exception {
    LocalExecutor tiny = new LocalExecutor(new ExecutorSettings(1, 1));
    AtomicInteger forwarded = new AtomicInteger();
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("src", 1, new EndlessSource(1));
    int stubborn = graph.addOperator("stubborn", 1, () -> (row, out) -> {
      sleepIgnoringInterrupts(500);
      out.emit(row);
      forwarded.incrementAndGet();
    }, src, Exchange.forward());
    graph.addOperator("stuck sink", 1, () -> (row, out) -> Thread.sleep(60_000), stubborn, Exchange.rebalance());

    JobHandle job = tiny.submit("stubborn", graph, new Configuration());
    // Row 1 is in the sink, row 2 fills the channel; the operator now sleeps on row 3 and will not notice the
    // interrupt; it then sends into the full channel, which only the closed gate ends.
    await().pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(10)).until(() -> forwarded.get() == 2);
    job.cancel();

    assertThat(job.awaitTermination(Duration.ofSeconds(10))).isTrue();
    assertThat(job.status()).isEqualTo(JobStatus.CANCELED);
    assertThat(JobThreads.alive(job.id())).isEmpty();
    tiny.close();
  }

  @Test
  void cancelAfterTheEndChangesNothing() throws Exception {
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("src", 1, new ScriptedSource().emit(1L));
    graph.addOperator("sink", 1, sink.factory(), src, Exchange.forward());

    JobHandle job = executor.submit("short", graph, new Configuration());
    assertThat(job.awaitTermination(null)).isTrue();
    job.cancel();

    assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
  }

  private static void sleepIgnoringInterrupts(long millis) {
    long end = System.currentTimeMillis() + millis;
    for (long left = millis; left > 0; left = end - System.currentTimeMillis()) {
      try {
        Thread.sleep(left);
      } catch (InterruptedException e) {
        // swallowed on purpose, as careless operator code does
      }
    }
  }
}
