package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.config.Configuration;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.runtime.task.OperatorException;
import io.sluice.executor.testing.CountingSource;
import io.sluice.executor.testing.EndlessSource;
import io.sluice.executor.testing.JobThreads;
import io.sluice.executor.testing.Operators;
import io.sluice.executor.testing.ScriptedSource;
import io.sluice.executor.testing.SinkCollector;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FailureTest {
  private final LocalExecutor executor = new LocalExecutor(new ExecutorSettings(16, 2));
  private final SinkCollector sink = new SinkCollector();
  private final AtomicInteger opened = new AtomicInteger();
  private final AtomicInteger closed = new AtomicInteger();

  @AfterEach
  void close() {
    executor.close();
  }

  @Test
  void anOperatorExceptionFailsTheJobAndStopsEveryTask() throws Exception {
    IllegalStateException boom = new IllegalStateException("boom");
    EndlessSource source = new EndlessSource(10);
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("src", 2, source);
    int fail = graph.addOperator("fail", 2, Operators.failing(1000, boom, opened, closed), src,
        Exchange.rebalance());
    graph.addOperator("sink", 2, sink.factory(), fail, Exchange.rebalance());

    JobHandle job = executor.submit("failing", graph, new Configuration());

    assertThat(job.awaitTermination(Duration.ofSeconds(10))).isTrue();
    assertThat(job.status()).isEqualTo(JobStatus.FAILED);
    assertThat(job.failure().orElseThrow()).isInstanceOf(OperatorException.class)
        .hasMessage("Operator 'fail' (subtask 1/2) failed: boom")
        .hasCause(boom);
    assertThat(job.endTime()).isPresent();
    assertThat(JobThreads.alive(job.id())).isEmpty();
    assertThat(source.closed).hasValue(2);
    assertThat(opened).hasValue(2);
    assertThat(closed).hasValue(2);
    assertThat(sink.closed).hasValue(2);
    assertThat(sink.events).doesNotContain("sink.endInput");
  }

  @Test
  void checkedExceptionsKeepTheOriginalAsCause() throws Exception {
    IOException cause = new IOException("disk full");
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("src", 1, new CountingSource(100));
    int fail = graph.addOperator("writer", 1, Operators.failing(10, cause, opened, closed), src,
        Exchange.forward());
    graph.addOperator("sink", 1, sink.factory(), fail, Exchange.forward());

    JobHandle job = awaitFailed(graph);

    assertThat(job.failure().orElseThrow()).hasMessageContaining("'writer'").hasMessageContaining("disk full")
        .hasCause(cause);
    assertThat(closed).hasValue(1);
  }

  @Test
  void failuresInOpenPollNextAndEndInputFailTheJob() throws Exception {
    StreamGraph failingOpen = new StreamGraph();
    int src = failingOpen.addSource("src", 1, new EndlessSource(1));
    failingOpen.addOperator("bad open", 2, () -> new Operator() {
      @Override
      public void open(OperatorContext context) {
        throw new IllegalArgumentException("cannot open");
      }

      @Override
      public void processRow(Row row, Output out) {}
    }, src, Exchange.rebalance());
    assertThat(awaitFailed(failingOpen).failure().orElseThrow()).hasMessageContaining("cannot open");

    StreamGraph failingSource = new StreamGraph();
    failingSource.addSource("bad source", 1, new ScriptedSource().emit(1L).step(out -> {
      throw new IOException("connection lost");
    }));
    assertThat(awaitFailed(failingSource).failure().orElseThrow())
        .hasMessage("Operator 'bad source' (subtask 1/1) failed: connection lost");

    StreamGraph failingEnd = new StreamGraph();
    int gen = failingEnd.addSource("src", 1, new CountingSource(5));
    failingEnd.addOperator("bad end", 1, () -> new Operator() {
      @Override
      public void processRow(Row row, Output out) {}

      @Override
      public void endInput(Output out) {
        throw new UnsupportedOperationException("cannot end");
      }
    }, gen, Exchange.rebalance());
    assertThat(awaitFailed(failingEnd).failure().orElseThrow()).hasMessageContaining("cannot end");
  }

  @Test
  void aFailingCloseFailsAnOtherwiseFinishedJob() throws Exception {
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("src", 1, new CountingSource(5));
    graph.addOperator("bad close", 1, () -> new Operator() {
      @Override
      public void processRow(Row row, Output out) {}

      @Override
      public void close() throws IOException {
        throw new IOException("cannot flush");
      }
    }, src, Exchange.forward());

    assertThat(awaitFailed(graph).failure().orElseThrow()).hasMessageContaining("cannot flush");
  }

  private JobHandle awaitFailed(StreamGraph graph) throws InterruptedException {
    JobHandle job = executor.submit("failing", graph, new Configuration());
    assertThat(job.awaitTermination(Duration.ofSeconds(10))).isTrue();
    assertThat(job.status()).isEqualTo(JobStatus.FAILED);
    assertThat(JobThreads.alive(job.id())).isEmpty();
    return job;
  }
}
