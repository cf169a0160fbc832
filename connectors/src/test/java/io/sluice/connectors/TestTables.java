package io.sluice.connectors;

import io.sluice.common.config.Configuration;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.SourceFactory;
import io.sluice.executor.api.SourceReader;
import io.sluice.executor.runtime.state.OperatorStates;
import io.sluice.state.operator.OperatorStateBackend;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds tables and runs readers for tests. */
public final class TestTables {
  public static final ConnectorRegistry REGISTRY = ConnectorRegistry.discover();

  private TestTables() {}

  /** A table named {@code t} with these columns and options given as alternating keys and values. */
  public static TableContext table(List<Column> columns, String... keysAndValues) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      options.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return TableContext.of("t", new RowType(columns), options);
  }

  public static Column column(String name, DataType type) {
    return new Column(name, type);
  }

  public static OperatorContext subtask(int index, int parallelism) {
    return new OperatorContext("test", index, parallelism, 128, new Configuration());
  }

  /**
   * The piece of a checkpoint that {@code instance}, opened with {@code context}, writes now: its operator state
   * after its {@code CheckpointedFunction} hook ran, as the runtime takes it.
   */
  public static byte[] snapshot(Object instance, OperatorContext context, long checkpointId) throws Exception {
    return OperatorStates.snapshot((OperatorStateBackend) context.operatorState(), instance, context.subtaskIndex(),
        checkpointId);
  }

  /**
   * The context to open {@code instance} with as new instance {@code index} of {@code parallelism} of a job
   * restored from the old instances' {@code pieces} (in old-instance order), as the runtime restores it: its share
   * of the operator state, and the {@code CheckpointedFunction} bytes handed over before open.
   */
  public static OperatorContext restored(Object instance, List<byte[]> pieces, int index, int parallelism)
      throws Exception {
    OperatorStateBackend store = OperatorStates.restore(pieces, index, parallelism, "test", "test");
    OperatorStates.restoreFunction(store, instance, index, parallelism);
    return subtask(index, parallelism).withOperatorState(store);
  }

  /** Every row subtask {@code index} of {@code parallelism} reads, until the end of its input. */
  public static CollectingOutput readAll(SourceFactory factory, int index, int parallelism) throws Exception {
    SourceReader reader = factory.create();
    reader.open(subtask(index, parallelism));
    CollectingOutput out = new CollectingOutput();
    while (reader.pollNext(out) != InputStatus.END_OF_INPUT) {
      // Tests set a rate high enough that waiting is not needed.
    }
    reader.close();
    return out;
  }
}
