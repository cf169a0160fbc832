package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.SluiceOptions;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.Output;
import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.testing.ScriptedSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A source that is never idle but slow (one row per 50 ms, sleeping inside pollNext) must not have its rows
 * held back until a 512-row buffer fills: the buffer timeout sends them.
 */
class BufferTimeoutTest {
  private static final int ROWS = 20;

  private final LocalExecutor executor = new LocalExecutor();
  private final List<Long> latenciesMillis = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    executor.close();
  }

  @Test
  void rowsOfASlowSourceArriveWithinTheBufferTimeout() throws Exception {
    run("100 ms");

    assertThat(latenciesMillis).hasSize(ROWS).allSatisfy(latency -> assertThat(latency).isLessThan(400));
  }

  @Test
  void aLongBufferTimeoutBatchesRowsUntilTheEnd() throws Exception {
    run("1 min");

    // All rows travel together in the buffer sent at end of input, ~950 ms after the first was emitted.
    assertThat(latenciesMillis.get(0)).isGreaterThan(600);
  }

  private void run(String bufferTimeout) throws InterruptedException {
    ScriptedSource source = new ScriptedSource();
    for (int i = 0; i < ROWS; i++) {
      source.step(out -> {
        Thread.sleep(50);
        out.emit(Row.of(System.nanoTime()));
        return true;
      });
    }
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("slow", 1, source);
    graph.addOperator("sink", 1, LatencySink::new, src, Exchange.rebalance());
    Configuration configuration = new Configuration();
    configuration.set(SluiceOptions.BUFFER_TIMEOUT, bufferTimeout);

    JobHandle job = executor.submit("buffer timeout", graph, configuration);

    assertThat(job.awaitTermination(Duration.ofSeconds(10))).isTrue();
    assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
  }

  private final class LatencySink implements Operator {
    @Override
    public void processRow(Row row, Output out) {
      latenciesMillis.add((System.nanoTime() - (Long) row.field(0)) / 1_000_000);
    }
  }
}
