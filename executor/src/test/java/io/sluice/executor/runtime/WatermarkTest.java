package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sluice.common.config.Configuration;
import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.graph.StreamInput;
import io.sluice.executor.testing.ScriptedSource;
import io.sluice.executor.testing.SinkCollector;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WatermarkTest {
  private final LocalExecutor executor = new LocalExecutor();
  private final SinkCollector sink = new SinkCollector();

  @AfterEach
  void close() {
    executor.close();
  }

  @Test
  void forwardsTheMinimumOverInputsAndIgnoresEndedInputs() throws Exception {
    AtomicBoolean aSent30 = new AtomicBoolean();
    AtomicBoolean releaseA = new AtomicBoolean();
    ScriptedSource a = new ScriptedSource()
        .watermark(30)
        .step(out -> {
          aSent30.set(true);
          return true;
        })
        .waitUntil(releaseA::get)
        .watermark(40);
    ScriptedSource b = new ScriptedSource()
        .waitUntil(aSent30::get)
        .watermark(20) // min(30, 20)
        .waitUntil(() -> sink.watermarks.contains(20L))
        .watermark(25) // min(30, 25)
        .waitUntil(() -> sink.watermarks.contains(25L));
    // ... then b ends (with the final watermark of every bounded source) and no longer holds the watermark
    // back: 30; then a alone: 40, and its own final watermark.
    StreamGraph graph = new StreamGraph();
    int srcA = graph.addSource("a", 1, a);
    int srcB = graph.addSource("b", 1, b);
    graph.addOperator("sink", 1, sink.factory(),
        List.of(new StreamInput(srcA, Exchange.rebalance()), new StreamInput(srcB, Exchange.rebalance())));

    JobHandle job = executor.submit("watermarks", graph, new Configuration());

    await().atMost(Duration.ofSeconds(10)).until(() -> sink.watermarks.contains(30L));
    releaseA.set(true);
    assertThat(job.awaitTermination(Duration.ofSeconds(10))).isTrue();
    assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
    assertThat(sink.watermarks).containsExactly(20L, 25L, 30L, 40L, Long.MAX_VALUE);
  }

  @Test
  void anIdleInputNoLongerHoldsTheWatermarkBack() throws Exception {
    AtomicBoolean release = new AtomicBoolean();
    ScriptedSource active = new ScriptedSource().watermark(50).waitUntil(release::get);
    ScriptedSource idle = new ScriptedSource()
        .watermark(10)
        // Idle only once the sink has seen both inputs' watermarks; earlier, the sink might never see 10.
        .waitUntil(() -> sink.watermarks.contains(10L))
        .step(out -> {
          out.emitWatermarkStatus(io.sluice.executor.api.WatermarkStatus.IDLE);
          return true;
        })
        .waitUntil(release::get);
    StreamGraph graph = new StreamGraph();
    int srcA = graph.addSource("active", 1, active);
    int srcB = graph.addSource("idle", 1, idle);
    graph.addOperator("sink", 1, sink.factory(),
        List.of(new StreamInput(srcA, Exchange.rebalance()), new StreamInput(srcB, Exchange.rebalance())));

    JobHandle job = executor.submit("idle input", graph, new Configuration());

    // 10 while both count; 50 once the second input is idle, although it has not ended.
    await().atMost(Duration.ofSeconds(10)).until(() -> sink.watermarks.contains(50L));
    assertThat(sink.watermarks).containsExactly(10L, 50L);
    release.set(true);
    assertThat(job.awaitTermination(Duration.ofSeconds(10))).isTrue();
  }

  @Test
  void chainedOperatorsSeeTheSourceWatermarksDirectly() throws Exception {
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("src", 1, new ScriptedSource().watermark(5).emit(1L).watermark(7).watermark(6));
    graph.addOperator("sink", 1, sink.factory(), src, Exchange.forward());

    JobHandle job = executor.submit("chained watermarks", graph, new Configuration());

    assertThat(job.awaitTermination(Duration.ofSeconds(10))).isTrue();
    // Within a chain nothing is combined or filtered: the operator decides what a late watermark means. The
    // runtime ends a bounded source with Long.MAX_VALUE, so every event-time window fires.
    assertThat(sink.watermarks).containsExactly(5L, 7L, 6L, Long.MAX_VALUE);
  }
}
