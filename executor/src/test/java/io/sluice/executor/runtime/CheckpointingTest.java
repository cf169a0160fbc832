package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.RestartStrategyOptions;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.testing.KeyedCount;
import io.sluice.executor.testing.ReplayableSource;
import io.sluice.executor.testing.SinkCollector;
import io.sluice.executor.testing.TransactionalSink;
import io.sluice.state.serde.PrimitiveSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints of running jobs: barriers from the sources, aligned snapshots of keyed state, retention on disk; and
 * restarts from the latest checkpoint that give the result of a run without failures.
 */
class CheckpointingTest {
  private static final int KEYS = 20;
  private static final StateKey BY_MOD = new StateKey(row -> (Long) row.field(0) % KEYS, PrimitiveSerializer.LONG);
  /** The rows at which the count fails, once each; shared with the operator instances. */
  private static final Set<Long> FAILED_AT = ConcurrentHashMap.newKeySet();

  private final LocalExecutor executor = new LocalExecutor(new ExecutorSettings(64, 4));

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    executor.close();
  }

  @Test
  void completedCheckpointsAreWrittenAndOnlyTheNewestAreRetained() throws Exception {
    Configuration conf = checkpointing("50 ms");
    conf.set(CheckpointingOptions.NUM_RETAINED, "2");
    conf.set(CheckpointingOptions.EXTERNALIZED_RETENTION, "RETAIN_ON_CANCELLATION");
    SinkCollector sink = new SinkCollector();
    JobHandle job = executor.submit("retained", countGraph(new ReplayableSource(Long.MAX_VALUE, 10, 500),
        sink, List.of()), conf);

    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (completed(job.id()).size() < 2 || completed(job.id()).get(1) < 5) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
      Thread.sleep(20);
    }
    job.cancel();
    assertThat(job.awaitTermination(Duration.ofSeconds(10))).isTrue();
    List<Long> retained = completed(job.id());
    assertThat(retained).hasSize(2);
    assertThat(retained.get(1)).isEqualTo(retained.get(0) + 1);
    try (var files = java.nio.file.Files.list(dir.resolve(job.id()).resolve("chk-" + retained.get(1)))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .anyMatch(name -> name.startsWith("keyed-node-1-") && name.endsWith("-0"));
    }
  }

  @Test
  void aJobRestartedFromItsCheckpointsCountsEveryRowExactlyOnce() throws Exception {
    Map<Long, Long> expected = new HashMap<>();
    for (long key = 0; key < KEYS; key++) {
      expected.put(key, 200_000L / KEYS);
    }
    FAILED_AT.clear();
    Configuration conf = checkpointing("100 ms");
    conf.set(RestartStrategyOptions.TYPE, "fixed-delay");
    conf.set(RestartStrategyOptions.FIXED_DELAY_ATTEMPTS, "10");
    conf.set(RestartStrategyOptions.FIXED_DELAY_DELAY, "10 ms");
    SinkCollector sink = new SinkCollector();
    ReplayableSource source = new ReplayableSource(200_000, 100, 500);
    JobHandle job = executor.submit("exactly-once", countGraph(source, sink, List.of(60_001L, 120_002L, 180_003L)),
        conf);

    assertThat(job.awaitTermination(Duration.ofSeconds(180))).isTrue();
    assertThat(job.failure()).isEmpty();
    assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
    assertThat(job.restarts()).isEqualTo(3);
    assertThat(source.restoredMidway.get()).as("sources resumed from a checkpoint").isPositive();
    assertThat(lastCountPerKey(sink)).isEqualTo(expected);
  }

  @Test
  void aTwoPhaseCommitSinkCommitsEveryRowExactlyOnceAcrossFailures() throws Exception {
    FAILED_AT.clear();
    Configuration conf = checkpointing("50 ms");
    conf.set(RestartStrategyOptions.TYPE, "fixed-delay");
    conf.set(RestartStrategyOptions.FIXED_DELAY_ATTEMPTS, "10");
    conf.set(RestartStrategyOptions.FIXED_DELAY_DELAY, "10 ms");
    TransactionalSink sink = new TransactionalSink();
    StreamGraph graph = new StreamGraph();
    int gen = graph.addSource("gen", 2, new ReplayableSource(100_000, 100, 500));
    int forward = graph.addOperator("fail", 2, () -> (row, out) -> {
      long value = (Long) row.field(0);
      if ((value == 30_001L || value == 70_002L) && FAILED_AT.add(value)) {
        throw new IllegalStateException("Injected failure at row " + value);
      }
      out.emit(row);
    }, gen, Exchange.forward());
    graph.addOperator("sink", 2, sink.factory(), forward, Exchange.hash(row -> row.field(0)));

    JobHandle job = executor.submit("two-phase", graph, conf);

    assertThat(job.awaitTermination(Duration.ofSeconds(180))).isTrue();
    assertThat(job.failure()).isEmpty();
    assertThat(job.restarts()).isEqualTo(2);
    assertThat(sink.committed.keySet()).as("transactions committed on checkpoint completion")
        .anyMatch(id -> !id.endsWith("-final"));
    List<Long> committed = sink.committedRows();
    assertThat(committed).hasSize(100_000).doesNotHaveDuplicates();
  }

  @Test
  void aCheckpointTriggeredWhileTheTasksAreStillOpeningCompletes() throws Exception {
    // The operator chained to each source opens slower than the interval, so the first checkpoint is triggered
    // before the sources read: they must join it, not leave it waiting for them until its timeout.
    Configuration conf = checkpointing("50 ms");
    conf.set(CheckpointingOptions.TIMEOUT, "10 min");
    StreamGraph graph = new StreamGraph();
    int gen = graph.addSource("gen", 2, new ReplayableSource(Long.MAX_VALUE, 10, 500));
    int slow = graph.addOperator("slow-open", 2, SlowOpen::new, gen, Exchange.forward());
    graph.addOperator("sink", 2, new SinkCollector().factory(), slow, Exchange.forward());
    JobHandle job = executor.submit("slow-open", graph, conf);

    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (completed(job.id()).isEmpty()) {
      assertThat(System.nanoTime()).as("a checkpoint completed well before the timeout").isLessThan(deadline);
      assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
      Thread.sleep(20);
    }
    job.cancel();
    assertThat(job.awaitTermination(Duration.ofSeconds(30))).isTrue();
  }

  private Configuration checkpointing(String interval) {
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.INTERVAL, interval);
    conf.set(CheckpointingOptions.DIRECTORY, dir.toString());
    return conf;
  }

  /** Source (2) → keyed count (2) → sink (2); the count throws at the given rows, once each. */
  private static StreamGraph countGraph(ReplayableSource source, SinkCollector sink, List<Long> failAt) {
    StreamGraph graph = new StreamGraph();
    int gen = graph.addSource("gen", 2, source);
    int counter = graph.addKeyedOperator("count", 2,
        () -> new KeyedCount((value, count) -> failAt.contains(value) && FAILED_AT.add(value)), gen, BY_MOD);
    graph.addOperator("sink", 2, sink.factory(), counter, Exchange.forward());
    return graph;
  }

  /** The ids of the checkpoints with metadata, oldest first. */
  private List<Long> completed(String jobId) throws IOException {
    Path jobDir = dir.resolve(jobId);
    if (!Files.isDirectory(jobDir)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(jobDir)) {
      return dirs.filter(d -> d.getFileName().toString().startsWith("chk-"))
          .filter(d -> Files.exists(d.resolve("_metadata")))
          .map(d -> Long.parseLong(d.getFileName().toString().substring(4))).sorted().toList();
    }
  }

  /** The last count the sink received per key (each key reaches one sink instance, in order). */
  private static Map<Long, Long> lastCountPerKey(SinkCollector sink) {
    Map<Long, Long> last = new HashMap<>();
    for (List<Row> rows : sink.rowsBySubtask.values()) {
      for (Row row : rows) {
        last.put((Long) row.field(0), (Long) row.field(1));
      }
    }
    return last;
  }

  /** Passes rows on; takes half a second to open, longer than a checkpoint interval. */
  private static final class SlowOpen implements Operator {
    @Override
    public void open(OperatorContext context) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void processRow(Row row, Output out) {
      out.emit(row);
    }
  }
}
