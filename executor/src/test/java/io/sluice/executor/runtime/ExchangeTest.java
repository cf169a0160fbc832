package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.config.Configuration;
import io.sluice.executor.graph.Exchange;
import io.sluice.state.KeyGroups;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.graph.StreamInput;
import io.sluice.executor.testing.CountingSource;
import io.sluice.executor.testing.SinkCollector;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExchangeTest {
  private static final int ROWS = 10_000;

  private final LocalExecutor executor = new LocalExecutor(new ExecutorSettings(64, 2));
  private final SinkCollector sink = new SinkCollector();

  @AfterEach
  void close() {
    executor.close();
  }

  @Test
  void rebalanceDeliversEveryRowOnceAndUsesEverySubtask() throws Exception {
    run(4, Exchange.rebalance(), 4);

    assertThat(sorted(sink.rows())).isEqualTo(expectedRows());
    assertThat(sink.rowsBySubtask).hasSize(4);
    assertThat(sink.rowsBySubtask.values()).allSatisfy(rows -> assertThat(rows).hasSize(ROWS / 4));
  }

  @Test
  void hashSendsEqualKeysToTheSubtaskOwningTheirKeyGroup() throws Exception {
    run(4, Exchange.hash(row -> (Long) row.field(0) % 97), 4);

    assertThat(sorted(sink.rows())).isEqualTo(expectedRows());
    Map<Long, Integer> subtaskOfKey = new HashMap<>();
    sink.rowsBySubtask.forEach((subtask, rows) -> rows.forEach(row -> {
      long key = (Long) row.field(0) % 97;
      assertThat(subtaskOfKey.putIfAbsent(key, subtask)).isIn(null, subtask);
      assertThat(KeyGroups.subtaskForKeyGroup(128, 4, KeyGroups.assignToKeyGroup(key, 128))).isEqualTo(subtask);
    }));
    assertThat(subtaskOfKey).hasSize(97);
  }

  @Test
  void globalSendsEverythingToSubtaskZero() throws Exception {
    run(4, Exchange.global(), 3);

    assertThat(sorted(sink.rowsBySubtask.get(0))).isEqualTo(expectedRows());
    assertThat(sink.rowsBySubtask.get(1)).isEmpty();
    assertThat(sink.rowsBySubtask.get(2)).isEmpty();
  }

  @Test
  void broadcastSendsEveryRowToEverySubtask() throws Exception {
    run(2, Exchange.broadcast(), 3);

    assertThat(sink.rowsBySubtask.values())
        .allSatisfy(rows -> assertThat(sorted(rows)).isEqualTo(expectedRows()));
  }

  @Test
  void unionReadsAllInputsAsOne() throws Exception {
    StreamGraph graph = new StreamGraph();
    int a = graph.addSource("a", 2, new CountingSource(100));
    int b = graph.addSource("b", 3, new CountingSource(50));
    graph.addOperator("union", 2, sink.factory(),
        List.of(new StreamInput(a, Exchange.forward()), new StreamInput(b, Exchange.rebalance())));

    awaitFinished(executor.submit("union", graph, new Configuration()));

    List<Row> expected = new java.util.ArrayList<>();
    LongStream.range(0, 100).forEach(i -> expected.add(Row.of(i)));
    LongStream.range(0, 50).forEach(i -> expected.add(Row.of(i)));
    assertThat(sink.rows()).containsExactlyInAnyOrderElementsOf(expected);
    // Forward: subtask i of the union reads subtask i of 'a', which emits the numbers i, i + 2, ...
    assertThat(sink.rowsBySubtask.get(1)).contains(Row.of(1L), Row.of(99L)).doesNotContain(Row.of(98L));
  }

  private void run(int sourceParallelism, Exchange exchange, int sinkParallelism) throws Exception {
    StreamGraph graph = new StreamGraph();
    int src = graph.addSource("gen", sourceParallelism, new CountingSource(ROWS, 37));
    graph.addOperator("sink", sinkParallelism, sink.factory(), src, exchange);
    awaitFinished(executor.submit("exchange " + exchange, graph, new Configuration()));
  }

  private static void awaitFinished(JobHandle job) throws InterruptedException {
    assertThat(job.awaitTermination(Duration.ofSeconds(20))).isTrue();
    assertThat(job.failure()).isEmpty();
    assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
  }

  /** The rows of single longs, ordered by value (quicker to compare than in any order). */
  private static List<Row> sorted(List<Row> rows) {
    return rows.stream().sorted(java.util.Comparator.comparing(row -> (Long) row.field(0))).toList();
  }

  private static List<Row> expectedRows() {
    return LongStream.range(0, ROWS).mapToObj(Row::of).toList();
  }
}
