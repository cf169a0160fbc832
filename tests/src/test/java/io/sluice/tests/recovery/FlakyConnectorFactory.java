package io.sluice.tests.recovery;

import io.sluice.common.Row;
import io.sluice.common.config.ConfigOptions;
import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.SourceConnectorFactory;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableSource;
import io.sluice.connectors.datagen.DatagenConnectorFactory;
import io.sluice.connectors.datagen.DatagenOptions;
import io.sluice.executor.api.CheckpointListener;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.RestoredState;
import io.sluice.executor.api.SourceFactory;
import io.sluice.executor.api.SourceReader;
import io.sluice.executor.api.WatermarkStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test connector {@code flaky}: the {@code datagen} source (every datagen option applies; the first column
 * must be a BIGINT id) that fails on purpose. {@code 'failure-points'} names a {@link FailurePoints} scenario:
 * the reader throws when it emits a row whose id is in it, once per id. {@code 'fail-after-rows'} makes every
 * reader of every attempt throw after that many rows. {@code 'slow-subtask'} makes one subtask sleep
 * {@code 'slow-millis'} after each batch, so its barriers trail the other subtasks' ones.
 */
public final class FlakyConnectorFactory implements SourceConnectorFactory {
  static final ConnectorOption<String> FAILURE_POINTS = ConnectorOption.optional(ConfigOptions.stringOption(
      "failure-points", null, "The FailurePoints scenario: ids of rows at which to fail, once each."));
  static final ConnectorOption<Long> FAIL_AFTER_ROWS = ConnectorOption.optional(ConfigOptions.longOption(
      "fail-after-rows", null, "Every reader of every attempt fails after emitting this many rows."));
  static final ConnectorOption<Integer> SLOW_SUBTASK = ConnectorOption.optional(ConfigOptions.intOption(
      "slow-subtask", null, "The subtask that sleeps after each batch."));
  static final ConnectorOption<Long> SLOW_MILLIS = ConnectorOption.optional(ConfigOptions.longOption(
      "slow-millis", 5L, "How long the slow subtask sleeps after each batch."));
  private static final List<ConnectorOption<?>> OWN =
      List.of(FAILURE_POINTS, FAIL_AFTER_ROWS, SLOW_SUBTASK, SLOW_MILLIS);

  @Override
  public String identifier() {
    return "flaky";
  }

  @Override
  public List<ConnectorOption<?>> options() {
    List<ConnectorOption<?>> options = new ArrayList<>(DatagenOptions.ALL);
    options.addAll(OWN);
    return options;
  }

  @Override
  public String description() {
    return "datagen that fails on purpose (tests only).";
  }

  @Override
  public TableSource createSource(TableContext context) {
    Map<String, String> datagen = new LinkedHashMap<>();
    Map<String, String> own = new LinkedHashMap<>();
    context.options().forEach((key, value) -> {
      boolean isOwn = OWN.stream().anyMatch(option -> option.key().equals(key));
      (isOwn ? own : datagen).put(key, value);
    });
    datagen.put("connector", DatagenConnectorFactory.IDENTIFIER);
    SourceFactory delegate = new DatagenConnectorFactory().createSource(
        new TableContext(context.tableName(), context.physicalSchema(), context.primaryKey(), datagen))
        .readerFactory();
    Settings settings = new Settings(own.get(FAILURE_POINTS.key()),
        own.containsKey(FAIL_AFTER_ROWS.key()) ? Long.parseLong(own.get(FAIL_AFTER_ROWS.key())) : Long.MAX_VALUE,
        own.containsKey(SLOW_SUBTASK.key()) ? Integer.parseInt(own.get(SLOW_SUBTASK.key())) : -1,
        Long.parseLong(own.getOrDefault(SLOW_MILLIS.key(), "5")));
    return TableSource.of(new SourceFactory() {
      @Override
      public SourceReader create() {
        return new FlakyReader(delegate.create(), settings);
      }

      @Override
      public boolean isBounded() {
        return delegate.isBounded();
      }
    });
  }

  private record Settings(String scenario, long failAfterRows, int slowSubtask, long slowMillis) {}

  /** Delegates to the datagen reader, its state included, and fails or sleeps as the settings say. */
  private static final class FlakyReader implements SourceReader, CheckpointedFunction, CheckpointListener {
    private final SourceReader delegate;
    private final Settings settings;
    private int subtask;
    private long emitted;

    FlakyReader(SourceReader delegate, Settings settings) {
      this.delegate = delegate;
      this.settings = settings;
    }

    @Override
    public void open(OperatorContext context) throws Exception {
      subtask = context.subtaskIndex();
      delegate.open(context);
    }

    @Override
    public InputStatus pollNext(Output out) throws Exception {
      InputStatus status = delegate.pollNext(new Output() {
        @Override
        public void emit(Row row) {
          long id = (Long) row.field(0);
          if (settings.scenario() != null && FailurePoints.fire(settings.scenario(), id)) {
            throw new IllegalStateException("Injected failure at row " + id);
          }
          if (++emitted > settings.failAfterRows()) {
            throw new IllegalStateException("Injected failure after " + settings.failAfterRows() + " rows");
          }
          out.emit(row);
        }

        @Override
        public void emitWatermark(long watermark) {
          out.emitWatermark(watermark);
        }

        @Override
        public void emitWatermarkStatus(WatermarkStatus status) {
          out.emitWatermarkStatus(status);
        }
      });
      if (subtask == settings.slowSubtask()) {
        Thread.sleep(settings.slowMillis());
      }
      return status;
    }

    @Override
    public void close() throws Exception {
      delegate.close();
    }

    @Override
    public byte[] snapshotState(long checkpointId) throws Exception {
      return ((CheckpointedFunction) delegate).snapshotState(checkpointId);
    }

    @Override
    public void initializeState(RestoredState state) throws Exception {
      ((CheckpointedFunction) delegate).initializeState(state);
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) throws Exception {
      if (delegate instanceof CheckpointListener listener) {
        listener.notifyCheckpointComplete(checkpointId);
      }
    }
  }
}
