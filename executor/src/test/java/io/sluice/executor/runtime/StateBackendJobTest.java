package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sluice.common.Row;
import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.RestartStrategyOptions;
import io.sluice.common.config.StateBackendOptions;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.operators.aggregate.CountAggregator;
import io.sluice.executor.operators.window.WindowAggregateOperator;
import io.sluice.executor.operators.window.WindowAssigner;
import io.sluice.executor.operators.window.WindowOutput;
import io.sluice.executor.operators.window.Windowing;
import io.sluice.executor.testing.ReplayableSource;
import io.sluice.executor.testing.SinkCollector;
import io.sluice.state.ValueState;
import io.sluice.state.ValueStateDescriptor;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.RowSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Jobs on either state backend through checkpoints and restarts: event-time windows pending at a checkpoint fire
 * after a restore, RocksDB gives back every file it opened over many restarts, a checkpoint whose state is damaged
 * is skipped for the one before it, and incremental checkpoints report what they wrote.
 */
class StateBackendJobTest {
  private static final int KEYS = 10;
  private static final long WINDOW = 1_000;
  /** Rows of longs {@code v} keyed by {@code v % KEYS}. */
  private static final StateKey BY_KEY = new StateKey(row -> (Long) row.field(0) % KEYS, PrimitiveSerializer.LONG);
  /** Rows keyed by their first field as a one-field row, as window operators are. */
  private static final StateKey BY_FIRST_FIELD =
      new StateKey(row -> Row.of(row.field(0)), new RowSerializer(List.of(PrimitiveSerializer.LONG)));
  /** Failures injected so far, by name; each injection happens once per test. */
  private static final Set<String> INJECTED = ConcurrentHashMap.newKeySet();

  private final LocalExecutor executor = new LocalExecutor(new ExecutorSettings(64, 4));

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    executor.close();
  }

  @ParameterizedTest(name = "{0}, incremental {1}")
  @CsvSource({"hashmap, false", "rocksdb, false", "rocksdb, true"})
  void aWindowJobRestoredMidwayFiresItsPendingWindows(String backend, boolean incremental) throws Exception {
    INJECTED.clear();
    long rows = 60_000;
    Configuration conf = checkpointing(backend, "50 ms");
    conf.set(CheckpointingOptions.INCREMENTAL, Boolean.toString(incremental));
    SinkCollector sink = new SinkCollector();
    StreamGraph graph = new StreamGraph();
    int source = graph.addSource("gen", 2, new ReplayableSource(rows, 50, 300));
    int timed = graph.addOperator("timestamps", 2, () -> new Timestamps(rows / 2), source, Exchange.forward());
    int windows = graph.addKeyedOperator("window", 2, () -> new WindowAggregateOperator(
        new Windowing.TimeAttribute(new WindowAssigner.Tumbling(WINDOW, 0), 2), List.of(new CountAggregator(-1)),
        new WindowOutput(new int[] {0, WindowOutput.WINDOW_END})), timed, BY_FIRST_FIELD);
    graph.addOperator("sink", 2, sink.factory(), windows, Exchange.forward());

    JobHandle job = executor.submit("windows", graph, conf);

    assertThat(job.awaitTermination(Duration.ofSeconds(120))).isTrue();
    assertThat(job.failure()).isEmpty();
    assertThat(job.restarts()).isEqualTo(1);
    Set<Row> expected = new HashSet<>();
    for (long end = WINDOW; end <= rows; end += WINDOW) {
      for (long key = 0; key < KEYS; key++) {
        expected.add(Row.of(key, end, WINDOW / KEYS));
      }
    }
    // Windows that fired between the checkpoint and the failure fire again after the restore (the sink is not
    // transactional); none is lost and none is counted wrong.
    assertThat(new HashSet<>(sink.rows())).isEqualTo(expected);
  }

  @Test
  void aRocksDbJobRestartedAHundredTimesLeavesNoOpenFilesOrDirectories() throws Exception {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "needs /proc/self/fd");
    INJECTED.clear();
    Configuration conf = checkpointing("rocksdb", "20 ms");
    conf.set(CheckpointingOptions.INCREMENTAL, "true");
    conf.set(RestartStrategyOptions.FIXED_DELAY_ATTEMPTS, "200");
    conf.set(RestartStrategyOptions.FIXED_DELAY_DELAY, "0 ms");
    long before = count(fds);
    StreamGraph graph = new StreamGraph();
    int source = graph.addSource("gen", 1, new ReplayableSource(200_000, 100, 0));
    int counted = graph.addKeyedOperator("count", 1, () -> new FailingCount(100), source, BY_KEY);
    graph.addOperator("sink", 1, () -> (row, out) -> { }, counted, Exchange.forward());
    JobHandle job = executor.submit("restarts", graph, conf);
    assertThat(job.awaitTermination(Duration.ofSeconds(240))).isTrue();
    assertThat(job.restarts()).isGreaterThanOrEqualTo(100);
    assertThat(job.failure()).isEmpty();
    long after = count(fds);
    assertThat(after).as("open file descriptors after 100 restarts, %d before", before).isLessThan(before + 10);
    try (Stream<Path> left = Files.list(dir.resolve("rocksdb"))) {
      assertThat(left).as("RocksDB working directories left behind").isEmpty();
    }
  }

  @Test
  void aCheckpointWhoseStateIsDamagedIsSkippedForThePreviousOne() throws Exception {
    INJECTED.clear();
    long rows = 200_000;
    Configuration conf = checkpointing("hashmap", "30 ms");
    conf.set(CheckpointingOptions.NUM_RETAINED, "2");
    Map<Long, Long> last = new ConcurrentHashMap<>();
    StreamGraph graph = new StreamGraph();
    int source = graph.addSource("gen", 1, new ReplayableSource(rows, 50, 500));
    int counted = graph.addKeyedOperator("count", 1, () -> new DamagingCount(dir), source, BY_KEY);
    graph.addOperator("sink", 1, () -> (row, out) -> last.put((Long) row.field(0), (Long) row.field(1)), counted,
        Exchange.forward());

    JobHandle job = executor.submit("fallback", graph, conf);

    assertThat(job.awaitTermination(Duration.ofSeconds(120))).isTrue();
    assertThat(job.failure()).isEmpty();
    assertThat(job.restarts()).as("the injected failure, then the failed restore").isEqualTo(2);
    for (long key = 0; key < KEYS; key++) {
      assertThat(last.get(key)).as("key %d", key).isEqualTo(rows / KEYS);
    }
  }

  @Test
  void incrementalCheckpointsReportTheirSizesAndTheirSharedFilesGoWithTheJob() throws Exception {
    Configuration conf = checkpointing("rocksdb", "50 ms");
    conf.set(CheckpointingOptions.INCREMENTAL, "true");
    StreamGraph graph = new StreamGraph();
    int source = graph.addSource("gen", 1, new ReplayableSource(Long.MAX_VALUE, 50, 500));
    // Every row a new key: the state grows steadily, and each checkpoint adds a little to it.
    int counted = graph.addKeyedOperator("count", 1, () -> new FailingCount(Long.MAX_VALUE), source,
        new StateKey(row -> row.field(0), PrimitiveSerializer.LONG));
    graph.addOperator("sink", 1, () -> (row, out) -> { }, counted, Exchange.forward());
    JobHandle job = executor.submit("incremental", graph, conf);
    assertThat(job.stateBackend()).isEqualTo("rocksdb");
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (job.lastCheckpointSizes().map(CheckpointSizes::checkpointId).orElse(0L) < 6) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(20);
    }
    CheckpointSizes sizes = job.lastCheckpointSizes().orElseThrow();
    assertThat(sizes.fullBytes()).isPositive();
    assertThat(sizes.incrementalBytes()).isPositive().isLessThanOrEqualTo(sizes.fullBytes());
    Path shared = dir.resolve("checkpoints").resolve(job.id()).resolve("shared");
    assertThat(count(shared)).isPositive();
    job.cancel();
    assertThat(job.awaitTermination(Duration.ofSeconds(20))).isTrue();
    long deletedBy = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (count(shared) > 0) { // the checkpoint thread deletes them after the job ended
      assertThat(System.nanoTime()).as("shared files of checkpoints deleted with the job").isLessThan(deletedBy);
      Thread.sleep(20);
    }
  }

  @Test
  void inMemoryCheckpointStorageRefusesStateOverItsCapWithAClearMessage() throws Exception {
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.INTERVAL, "50 ms");
    conf.set(CheckpointingOptions.STORAGE, "jobmanager");
    conf.set(RestartStrategyOptions.TYPE, "none");
    StreamGraph graph = new StreamGraph();
    // Every row a key of its own: some 300,000 counts, more than 5 MB in one piece of state.
    int source = graph.addSource("gen", 1, new ReplayableSource(Long.MAX_VALUE, 1_000, 0));
    int counted = graph.addKeyedOperator("count", 1, () -> new FailingCount(Long.MAX_VALUE), source,
        new StateKey(row -> row.field(0), PrimitiveSerializer.LONG));
    graph.addOperator("sink", 1, () -> (row, out) -> { }, counted, Exchange.forward());
    JobHandle job = executor.submit("too-large", graph, conf);
    assertThat(job.awaitTermination(Duration.ofSeconds(120))).isTrue();
    assertThat(job.status()).isEqualTo(JobStatus.FAILED);
    assertThat(job.failure().orElseThrow()).hasMessageContaining("larger than the 5242880 bytes")
        .hasMessageContaining("'jobmanager'").hasMessageContaining("use 'filesystem'");
  }

  private Configuration checkpointing(String backend, String interval) {
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.INTERVAL, interval);
    conf.set(CheckpointingOptions.DIRECTORY, dir.resolve("checkpoints").toString());
    conf.set(StateBackendOptions.TYPE, backend);
    conf.set(StateBackendOptions.ROCKSDB_LOCAL_DIR, dir.resolve("rocksdb").toString());
    conf.set(StateBackendOptions.ROCKSDB_MEMORY_FIXED_PER_SLOT, "16 mb");
    conf.set(RestartStrategyOptions.TYPE, "fixed-delay");
    conf.set(RestartStrategyOptions.FIXED_DELAY_ATTEMPTS, "5");
    conf.set(RestartStrategyOptions.FIXED_DELAY_DELAY, "10 ms");
    return conf;
  }

  private static long count(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.count();
    }
  }

  /**
   * {@code (v % KEYS, v, ts = v)} for each input {@code v}, a watermark 100 behind every 500 rows; throws once at
   * row {@code failAt}.
   */
  private static final class Timestamps implements Operator {
    private final long failAt;

    Timestamps(long failAt) {
      this.failAt = failAt;
    }

    @Override
    public void processRow(Row row, Output out) {
      long v = (Long) row.field(0);
      if (v == failAt && INJECTED.add("timestamps")) {
        throw new IllegalStateException("Injected failure at row " + v);
      }
      out.emit(Row.of(v % KEYS, v, v));
      if (v % 500 < 2) {
        out.emitWatermark(v - 100);
      }
    }

    @Override
    public void processWatermark(long watermark, Output out) {
      out.emitWatermark(watermark);
    }
  }

  /** Emits (key, rows seen for the key) for key {@code v % KEYS}; throws every {@code failEvery}-th row. */
  private static final class FailingCount implements Operator {
    private final long failEvery;
    private ValueState<Long> count;
    private OperatorContext context;

    FailingCount(long failEvery) {
      this.failEvery = failEvery;
    }

    @Override
    public void open(OperatorContext operatorContext) {
      context = operatorContext;
      count = context.keyedState().getState(new ValueStateDescriptor<>("count", PrimitiveSerializer.LONG));
    }

    @Override
    public void processRow(Row row, Output out) {
      long v = (Long) row.field(0);
      Long seen = count.value();
      long now = seen == null ? 1 : seen + 1;
      count.update(now);
      out.emit(Row.of(context.keyedState().currentKey(), now));
      if (now % failEvery == 0 && INJECTED.size() < 100 && INJECTED.add("row " + v)) {
        throw new IllegalStateException("Injected failure at row " + v);
      }
    }
  }

  /**
   * Counts rows per key {@code v % KEYS}; once two checkpoints have completed, once, waits for the checkpoints in
   * flight to complete, truncates the keyed state of the newest completed checkpoint, and fails.
   */
  private static final class DamagingCount implements Operator {
    private final Path dir;
    private ValueState<Long> count;
    private OperatorContext context;

    DamagingCount(Path dir) {
      this.dir = dir;
    }

    @Override
    public void open(OperatorContext operatorContext) {
      context = operatorContext;
      count = context.keyedState().getState(new ValueStateDescriptor<>("count", PrimitiveSerializer.LONG));
    }

    @Override
    public void processRow(Row row, Output out) throws Exception {
      long v = (Long) row.field(0);
      if (v % 200 == 0 && !INJECTED.contains("damage")) {
        Thread.sleep(1); // slows the job down until two checkpoints have completed, however loaded the machine
      }
      if (v % 200 == 0 && !INJECTED.contains("damage") && completed().size() >= 2 && INJECTED.add("damage")) {
        Thread.sleep(500); // this task takes no new snapshot meanwhile; those written complete
        List<Path> completed = completed();
        Path newest = completed.get(completed.size() - 1);
        Path piece;
        try (Stream<Path> files = Files.list(newest)) {
          // The keyed state of operator 1 (the count), subtask 0: keyed-<operator id>-0.
          piece = files.filter(f -> f.getFileName().toString().startsWith("keyed-node-1-"))
              .filter(f -> f.getFileName().toString().endsWith("-0")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(piece);
        Files.write(piece, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        throw new IllegalStateException("Injected failure at row " + v + " after damaging " + piece);
      }
      Long seen = count.value();
      long now = seen == null ? 1 : seen + 1;
      count.update(now);
      out.emit(Row.of(context.keyedState().currentKey(), now));
    }

    /** The completed checkpoints' directories, oldest first. */
    private List<Path> completed() throws IOException {
      Path checkpoints = dir.resolve("checkpoints");
      if (!Files.isDirectory(checkpoints)) {
        return List.of();
      }
      try (Stream<Path> jobs = Files.list(checkpoints)) {
        Path job = jobs.findFirst().orElse(null);
        if (job == null) {
          return List.of();
        }
        try (Stream<Path> list = Files.list(job)) {
          return list.filter(p -> p.getFileName().toString().startsWith("chk-"))
              .filter(p -> Files.exists(p.resolve("_metadata")))
              .sorted(Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString().substring(4))))
              .toList();
        }
      }
    }
  }
}
