package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.config.Configuration;
import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.testing.CountingSource;
import io.sluice.executor.testing.KeyedCount;
import io.sluice.executor.testing.SinkCollector;
import io.sluice.state.serde.PrimitiveSerializer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Keyed operators get keyed state for their key groups, with each row's key set before they see it. */
class KeyedStateTest {
  private static final int KEYS = 50;
  private static final StateKey BY_MOD = new StateKey(row -> (Long) row.field(0) % KEYS, PrimitiveSerializer.LONG);

  private final LocalExecutor executor = new LocalExecutor(new ExecutorSettings(64, 2));
  private final SinkCollector sink = new SinkCollector();

  @AfterEach
  void close() {
    executor.close();
  }

  @Test
  void eachSubtaskCountsTheKeysItOwnsInKeyedState() throws Exception {
    StreamGraph graph = new StreamGraph();
    int source = graph.addSource("gen", 2, new CountingSource(1000, 17));
    int counter = graph.addKeyedOperator("count", 3, KeyedCount::new, source, BY_MOD);
    graph.addOperator("sink", 3, sink.factory(), counter, Exchange.forward());

    JobHandle job = executor.submit("keyed", graph, new Configuration());
    assertThat(job.awaitTermination(Duration.ofSeconds(20))).isTrue();
    assertThat(job.failure()).isEmpty();

    Map<Long, Long> lastCount = new HashMap<>();
    for (Row row : sink.rows()) {
      lastCount.merge((Long) row.field(0), (Long) row.field(1), Math::max);
    }
    assertThat(lastCount).hasSize(KEYS).allSatisfy((key, count) -> assertThat(count).isEqualTo(1000 / KEYS));
  }

  @Test
  void anOperatorThatIsNotKeyedHasNoKeyedState() throws Exception {
    StreamGraph graph = new StreamGraph();
    int source = graph.addSource("gen", 1, new CountingSource(10));
    graph.addOperator("count", 1, KeyedCount::new, source, Exchange.forward());

    JobHandle job = executor.submit("not keyed", graph, new Configuration());
    assertThat(job.awaitTermination(Duration.ofSeconds(20))).isTrue();
    assertThat(job.failure()).get().extracting(Throwable::getMessage).asString()
        .contains("'count'", "has no keyed state");
  }
}
