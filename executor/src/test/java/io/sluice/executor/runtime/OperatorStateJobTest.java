package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.StateBackendOptions;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.SourceFactory;
import io.sluice.executor.api.SourceReader;
import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.testing.SinkCollector;
import io.sluice.state.BroadcastState;
import io.sluice.state.ListState;
import io.sluice.state.ListStateDescriptor;
import io.sluice.state.MapStateDescriptor;
import io.sluice.state.serde.ListSerializer;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.StringSerializer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Typed operator state through a real job: a source keeps its splits as list state and a setting as broadcast
 * state, is stopped with a savepoint, and starts again from it at another parallelism on either keyed backend.
 */
class OperatorStateJobTest {
  private static final int SPLITS = 12;
  private static final long PER_SPLIT = 1_000;
  /** While set, readers stop at the middle of each split, so the savepoint falls there. */
  private static volatile boolean holdAtMiddle;
  /** How many splits each restored reader got, by subtask. */
  private static final Map<Integer, Integer> RESTORED_SPLITS = new ConcurrentHashMap<>();

  private final LocalExecutor executor = new LocalExecutor(new ExecutorSettings(64, 4));

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    executor.close();
  }

  @ParameterizedTest(name = "{0} -> {1} on {2}")
  @CsvSource({"3, 2, hashmap", "2, 3, rocksdb"})
  void listStateIsSplitAmongTheNewReadersAndEveryRowComesOnce(int from, int to, String backend) throws Exception {
    RESTORED_SPLITS.clear();
    holdAtMiddle = true;
    SinkCollector before = new SinkCollector();
    JobHandle first = executor.submit("splits", graph(from, before), conf(backend));
    while (before.count() < SPLITS * PER_SPLIT / 2) {
      assertThat(first.awaitTermination(Duration.ofMillis(10))).as("still running").isFalse();
    }
    holdAtMiddle = false; // read by the restored readers only: the first ones stop with the savepoint
    String savepoint = first.stopWithSavepoint(dir.resolve("savepoints").toString(), false).get();
    assertThat(first.awaitTermination(Duration.ofSeconds(30))).isTrue();

    Configuration restore = conf(backend);
    restore.set(CheckpointingOptions.STATE_RECOVERY_PATH, savepoint);
    SinkCollector after = new SinkCollector();
    JobHandle second = executor.submit("splits", graph(to, after), restore);
    assertThat(second.awaitTermination(Duration.ofSeconds(60))).isTrue();
    assertThat(second.failure()).isEmpty();

    List<Row> all = new ArrayList<>(before.rows());
    all.addAll(after.rows());
    assertThat(all).containsExactlyInAnyOrderElementsOf(
        LongStream.range(0, SPLITS * PER_SPLIT).mapToObj(Row::of).toList());
    assertThat(RESTORED_SPLITS).as("every new reader restored, with the broadcast setting").hasSize(to);
    assertThat(RESTORED_SPLITS.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(SPLITS);
    int most = RESTORED_SPLITS.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    int least = RESTORED_SPLITS.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
    assertThat(most - least).as("split evenly: %s", RESTORED_SPLITS).isLessThanOrEqualTo(1);
  }

  private static StreamGraph graph(int parallelism, SinkCollector sink) {
    StreamGraph graph = new StreamGraph();
    int source = graph.addSource("splits", parallelism, new SplitSource());
    graph.addOperator("sink", parallelism, sink.factory(), source, Exchange.rebalance());
    return graph;
  }

  private Configuration conf(String backend) {
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.DIRECTORY, dir.resolve("checkpoints").toString());
    conf.set(StateBackendOptions.TYPE, backend);
    conf.set(StateBackendOptions.ROCKSDB_LOCAL_DIR, dir.resolve("rocksdb").toString());
    return conf;
  }

  /**
   * Split {@code k} is the numbers {@code k * PER_SPLIT ..} up to the next split; fresh, reader {@code i} of
   * {@code p} takes the splits {@code k mod p = i}. Each split is an entry {@code [k, next]} of list state; the
   * broadcast state holds the split size, which a restored reader checks. Every split stays an entry until its
   * end, so the restore sees all {@value #SPLITS} splits. Readers that start while {@link #holdAtMiddle} is set
   * wait at the middle of their splits.
   */
  private static final class SplitSource implements SourceFactory {
    private static final ListStateDescriptor<List<Long>> SPLIT_STATE =
        new ListStateDescriptor<>("splits", new ListSerializer<>(PrimitiveSerializer.LONG));
    private static final MapStateDescriptor<String, Long> SETTINGS =
        new MapStateDescriptor<>("settings", StringSerializer.INSTANCE, PrimitiveSerializer.LONG);

    @Override
    public SourceReader create() {
      return new Reader();
    }

    private static final class Reader implements SourceReader, CheckpointedFunction {
      private final List<long[]> splits = new ArrayList<>();
      private ListState<List<Long>> state;

      @Override
      public void open(OperatorContext context) {
        hold = holdAtMiddle;
        state = context.operatorState().getListState(SPLIT_STATE);
        BroadcastState<String, Long> settings = context.operatorState().getBroadcastState(SETTINGS);
        if (context.operatorState().isRestored()) {
          state.get().forEach(split -> splits.add(new long[] {split.get(0), split.get(1)}));
          if (!Long.valueOf(PER_SPLIT).equals(settings.get("per-split"))) {
            throw new IllegalStateException("Broadcast state not restored: " + settings.get("per-split"));
          }
          RESTORED_SPLITS.put(context.subtaskIndex(), splits.size());
        } else {
          for (long k = context.subtaskIndex(); k < SPLITS; k += context.parallelism()) {
            splits.add(new long[] {k, k * PER_SPLIT});
          }
          settings.put("per-split", PER_SPLIT);
        }
      }

      private boolean hold;

      @Override
      public InputStatus pollNext(Output out) {
        boolean atEnd = true;
        for (long[] split : splits) {
          long end = split[0] * PER_SPLIT + (hold ? PER_SPLIT / 2 : PER_SPLIT);
          for (int i = 0; i < 50 && split[1] < end; i++) {
            out.emit(Row.of(split[1]++));
          }
          atEnd &= split[1] == end;
        }
        if (!atEnd) {
          return InputStatus.MORE_AVAILABLE;
        }
        return hold ? InputStatus.NOTHING_AVAILABLE : InputStatus.END_OF_INPUT;
      }

      @Override
      public byte[] snapshotState(long checkpointId) {
        state.update(splits.stream().map(split -> List.of(split[0], split[1])).toList());
        return null;
      }
    }
  }
}
