package io.sluice.connectors.kafka;

import static io.sluice.connectors.ConnectorOption.optional;
import static io.sluice.connectors.ConnectorOption.required;

import io.sluice.common.Row;
import io.sluice.common.config.ConfigOptions;
import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.SourceConnectorFactory;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableOptions;
import io.sluice.connectors.TableSource;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.RestoredState;
import io.sluice.executor.api.SourceReader;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test-only source for injecting failures at the SQL level: {@code (id BIGINT, name STRING)} rows
 * {@code (i, 'n<i>')} for i from 1 to {@code 'rows'}, reader k of p taking every p-th id, its position in the
 * checkpoint. Before emitting an id listed in {@code 'fail-at'} the reader throws, the first time only (per
 * {@code 'failure-key'}, for the whole JVM), so a job with a restart strategy fails once per listed id and goes
 * on from its last checkpoint.
 */
public final class FailingSequenceConnectorFactory implements SourceConnectorFactory {
  /** The failures that happened, as failure-key/id. */
  public static final Set<String> FAILED = ConcurrentHashMap.newKeySet();

  static final ConnectorOption<Long> ROWS = required(ConfigOptions.longOption("rows", null, "How many rows."));
  static final ConnectorOption<String> FAIL_AT = optional(ConfigOptions.stringOption("fail-at", "",
      "Ids before which to fail once, separated by semicolons."));
  static final ConnectorOption<String> FAILURE_KEY = optional(ConfigOptions.stringOption("failure-key", "",
      "Tells the failures of several tests apart."));

  @Override
  public String identifier() {
    return "failing-sequence";
  }

  @Override
  public java.util.List<ConnectorOption<?>> options() {
    return java.util.List.of(ROWS, FAIL_AT, FAILURE_KEY);
  }

  @Override
  public String description() {
    return "Test only.";
  }

  @Override
  public TableSource createSource(TableContext context) {
    TableOptions options = TableOptions.of(context);
    long rows = options.get(ROWS);
    Set<Long> failAt = Set.copyOf(Arrays.stream(options.get(FAIL_AT).split(";")).filter(s -> !s.isBlank())
        .map(String::trim).map(Long::valueOf).toList());
    String key = options.get(FAILURE_KEY);
    return TableSource.of(() -> new Reader(rows, failAt, key));
  }

  private static final class Reader implements SourceReader, CheckpointedFunction {
    private final long rows;
    private final Set<Long> failAt;
    private final String key;
    private long next = -1;
    private int step;

    Reader(long rows, Set<Long> failAt, String key) {
      this.rows = rows;
      this.failAt = failAt;
      this.key = key;
    }

    @Override
    public void initializeState(RestoredState state) {
      for (byte[] bytes : state.assigned()) {
        next = ByteBuffer.wrap(bytes).getLong();
      }
    }

    @Override
    public void open(OperatorContext context) {
      step = context.parallelism();
      if (next < 0) {
        next = 1 + context.subtaskIndex();
      }
    }

    @Override
    public InputStatus pollNext(Output out) {
      for (int n = 0; n < 500 && next <= rows; n++) {
        if (failAt.contains(next) && FAILED.add(key + "/" + next)) {
          throw new IllegalStateException("Injected failure before id " + next);
        }
        out.emit(Row.of(next, "n" + next));
        next += step;
      }
      return next > rows ? InputStatus.END_OF_INPUT : InputStatus.MORE_AVAILABLE;
    }

    @Override
    public byte[] snapshotState(long checkpointId) {
      return ByteBuffer.allocate(Long.BYTES).putLong(next).array();
    }
  }
}
