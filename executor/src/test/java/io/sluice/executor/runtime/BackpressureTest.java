package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.config.Configuration;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.Output;
import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.testing.ScriptedSource;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackpressureTest {
  private static final int BUFFER_SIZE = 4;
  private static final int CAPACITY = 2;

  private final LocalExecutor executor = new LocalExecutor(new ExecutorSettings(BUFFER_SIZE, CAPACITY));
  private final AtomicLong emitted = new AtomicLong();
  private final AtomicLong consumed = new AtomicLong();
  private final AtomicLong maxInFlight = new AtomicLong();

  @AfterEach
  void close() {
    executor.close();
  }

  @Test
  void aSlowSinkHoldsBackTheSourceThroughEveryChannel() throws Exception {
    ScriptedSource source = new ScriptedSource();
    for (int i = 0; i < 300; i++) {
      source.step(out -> {
        long inFlight = emitted.incrementAndGet() - consumed.get();
        maxInFlight.accumulateAndGet(inFlight, Math::max);
        out.emit(Row.of(inFlight));
        return true;
      });
    }
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("src", 1, source);
    int relay = graph.addOperator("relay", 1, () -> (row, out) -> out.emit(row), src, Exchange.rebalance());
    graph.addOperator("slow sink", 1, SlowSink::new, relay, Exchange.rebalance());
    // Rows can only wait in: the source's pending buffer and a blocked send, 2 channels of CAPACITY buffers,
    // the relay's buffer in hand, pending buffer and blocked send, and the sink's buffer in hand (+1: the row
    // being emitted).
    long bound = (2 + 2 * CAPACITY + 3 + 1) * BUFFER_SIZE + 1;

    JobHandle job = executor.submit("backpressure", graph, new Configuration());

    assertThat(job.awaitTermination(Duration.ofSeconds(20))).isTrue();
    assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
    assertThat(consumed).hasValue(300);
    assertThat(maxInFlight.get()).isGreaterThan(BUFFER_SIZE).isLessThanOrEqualTo(bound);
  }

  private final class SlowSink implements Operator {
    @Override
    public void processRow(Row row, Output out) throws InterruptedException {
      Thread.sleep(1);
      consumed.incrementAndGet();
    }
  }
}
