package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.config.Configuration;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.TwoInputOperator;
import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.testing.CountingSource;
import io.sluice.executor.testing.ScriptedSource;
import io.sluice.executor.testing.SinkCollector;
import io.sluice.state.ValueState;
import io.sluice.state.ValueStateDescriptor;
import io.sluice.state.serde.PrimitiveSerializer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two-input keyed operators: both inputs partitioned alike, rows told apart, watermarks combined. */
class TwoInputOperatorTest {
  private static final int KEYS = 20;
  private static final StateKey LEFT = new StateKey(row -> (Long) row.field(0) % KEYS, PrimitiveSerializer.LONG);
  // The right input's key is in another column and computed differently, but equal keys must still meet.
  private static final StateKey RIGHT =
      new StateKey(row -> ((Long) row.field(0) + KEYS) % KEYS, PrimitiveSerializer.LONG);

  private final LocalExecutor executor = new LocalExecutor(new ExecutorSettings(64, 2));
  private final SinkCollector sink = new SinkCollector();

  @AfterEach
  void close() {
    executor.close();
  }

  @Test
  void rowsWithEqualKeysFromBothInputsMeetInOneInstanceAndShareItsState() throws Exception {
    StreamGraph graph = new StreamGraph();
    int left = graph.addSource("left", 2, new CountingSource(200, 7));
    int right = graph.addSource("right", 3, new CountingSource(100, 5));
    int join = graph.addTwoInputKeyedOperator("count-both", 3, CountBothInputs::new, left, LEFT, right, RIGHT);
    graph.addOperator("sink", 3, sink.factory(), join, Exchange.forward());

    JobHandle job = executor.submit("two-input", graph, new Configuration());
    assertThat(job.awaitTermination(Duration.ofSeconds(20))).isTrue();
    assertThat(job.failure()).isEmpty();

    // Each key gets 10 left rows and 5 right rows; the last row of a key sees all 15 in its state.
    assertThat(sink.rows()).hasSize(300);
    assertThat(sink.rows().stream().filter(row -> (Long) row.field(1) == 10 && (Long) row.field(2) == 5))
        .hasSize(KEYS);
  }

  @Test
  void aSelfJoinReadsTheSameNodeAsBothInputs() throws Exception {
    StreamGraph graph = new StreamGraph();
    int source = graph.addSource("gen", 2, new CountingSource(100, 3));
    int join = graph.addTwoInputKeyedOperator("self", 2, CountBothInputs::new, source, LEFT, source, RIGHT);
    graph.addOperator("sink", 2, sink.factory(), join, Exchange.forward());

    JobHandle job = executor.submit("self", graph, new Configuration());
    assertThat(job.awaitTermination(Duration.ofSeconds(20))).isTrue();
    assertThat(job.failure()).isEmpty();
    assertThat(sink.rows()).hasSize(200);
    assertThat(sink.rows().stream().filter(row -> (Long) row.field(1) == 5 && (Long) row.field(2) == 5))
        .hasSize(KEYS);
  }

  @Test
  void theWatermarkIsTheMinimumOverBothInputs() throws Exception {
    ScriptedSource left = new ScriptedSource().watermark(10).waitUntil(() -> sink.watermarks.contains(10L))
        .watermark(40);
    ScriptedSource right = new ScriptedSource().watermark(30).waitUntil(() -> sink.watermarks.contains(30L));
    StreamGraph graph = new StreamGraph();
    int a = graph.addSource("a", 1, left);
    int b = graph.addSource("b", 1, right);
    StateKey constant = new StateKey(row -> 0L, PrimitiveSerializer.LONG);
    int join = graph.addTwoInputKeyedOperator("join", 1, CountBothInputs::new, a, constant, b, constant);
    graph.addOperator("sink", 1, sink.factory(), join, Exchange.forward());

    JobHandle job = executor.submit("watermarks", graph, new Configuration());
    assertThat(job.awaitTermination(Duration.ofSeconds(20))).isTrue();
    assertThat(job.failure()).isEmpty();
    assertThat(sink.watermarks).startsWith(10L, 30L).endsWith(Long.MAX_VALUE);
    assertThat(List.copyOf(sink.watermarks)).isSorted();
  }

  /** Emits (key, left rows so far, right rows so far) per row; the counts live in keyed state only. */
  private static final class CountBothInputs implements TwoInputOperator {
    private final ValueState<?>[] counts = new ValueState<?>[2];
    private OperatorContext context;

    @Override
    public void open(OperatorContext operatorContext) {
      context = operatorContext;
      counts[0] = context.keyedState().getState(new ValueStateDescriptor<>("left", PrimitiveSerializer.LONG));
      counts[1] = context.keyedState().getState(new ValueStateDescriptor<>("right", PrimitiveSerializer.LONG));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void processRow(int input, Row row, Output out) {
      ValueState<Long> count = (ValueState<Long>) counts[input];
      count.update(value(count) + 1);
      out.emit(Row.of(context.keyedState().currentKey(), value((ValueState<Long>) counts[0]),
          value((ValueState<Long>) counts[1])));
    }

    private static long value(ValueState<Long> state) {
      Long value = state.value();
      return value == null ? 0 : value;
    }
  }
}
