package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.config.Configuration;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.ProcessingTimeService;
import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.testing.ScriptedSource;
import io.sluice.executor.testing.SinkCollector;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Processing-time timers fire on the task's thread, also while the task waits for input that does not come. */
class ProcessingTimeTest {
  private final LocalExecutor executor = new LocalExecutor();
  private final SinkCollector sink = new SinkCollector();

  @AfterEach
  void close() {
    executor.close();
  }

  /** Emits a row on each of three ticks, 10 ms apart, then lets the source end. */
  private static final class Ticker implements Operator {
    private final AtomicInteger ticks;
    private ProcessingTimeService time;

    Ticker(AtomicInteger ticks) {
      this.ticks = ticks;
    }

    @Override
    public void open(OperatorContext context) {
      time = context.processingTime();
      time.registerTimer(time.currentTime() + 10);
    }

    @Override
    public void processRow(Row row, Output out) {}

    @Override
    public void onProcessingTime(long timerTime, Output out) {
      out.emit(Row.of((long) ticks.incrementAndGet()));
      if (ticks.get() < 3) {
        time.registerTimer(time.currentTime() + 10);
      }
    }
  }

  @Test
  void timersFireWhileTheTaskWaitsForInput() throws Exception {
    AtomicInteger ticks = new AtomicInteger();
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("quiet", 1, new ScriptedSource().waitUntil(() -> ticks.get() == 3));
    int ticker = graph.addOperator("ticker", 1, () -> new Ticker(ticks), src, Exchange.rebalance());
    graph.addOperator("sink", 1, sink.factory(), ticker, Exchange.forward());

    JobHandle job = executor.submit("ticks", graph, new Configuration());

    assertThat(job.awaitTermination(Duration.ofSeconds(10))).isTrue();
    assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
    assertThat(sink.rows()).containsExactly(Row.of(1L), Row.of(2L), Row.of(3L));
  }
}
