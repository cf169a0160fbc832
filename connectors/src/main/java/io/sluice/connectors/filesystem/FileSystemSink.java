package io.sluice.connectors.filesystem;

import static io.sluice.connectors.ConnectorOption.optional;

import io.sluice.common.config.ConfigOptions;
import io.sluice.common.config.MemorySize;
import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableOptions;
import io.sluice.connectors.TableSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The sink side of the {@code filesystem} connector: part files committed with checkpoints
 * ({@link FileSinkOperator}), rolled by Flink's options and defaults. Files take inserts only, so a query whose
 * result updates is refused at planning time, as by Flink's filesystem sink.
 */
public final class FileSystemSink {
  public static final ConnectorOption<MemorySize> ROLLING_FILE_SIZE = optional(ConfigOptions.memorySizeOption(
      "sink.rolling-policy.file-size", MemorySize.ofMebiBytes(128),
      "A part file is closed (rolled) once it holds this many bytes; it becomes visible when the next "
          + "checkpoint completes."));

  public static final ConnectorOption<Duration> ROLLOVER_INTERVAL = optional(ConfigOptions.durationOption(
      "sink.rolling-policy.rollover-interval", Duration.ofMinutes(30),
      "A part file is rolled once it has been open this long (checked every check-interval and at every "
          + "checkpoint), so a slow stream's rows become visible too."));

  public static final ConnectorOption<Duration> CHECK_INTERVAL = optional(ConfigOptions.durationOption(
      "sink.rolling-policy.check-interval", Duration.ofMinutes(1),
      "How often the sink checks whether its part file is older than the rollover-interval."));

  /** The sink's options, in the order the docs list them. */
  public static final List<ConnectorOption<?>> OPTIONS =
      List.of(ROLLING_FILE_SIZE, ROLLOVER_INTERVAL, CHECK_INTERVAL);

  private FileSystemSink() {}

  /**
   * The sink of a table, checking its options; the path must lie under the allowed roots
   * ({@link AllowedRoots}). Touches no file.
   */
  public static TableSink create(
      TableContext context, ConnectorOption<String> pathOption, ConnectorOption<String> formatOption) {
    TableOptions options = TableOptions.of(context);
    Path directory = AllowedRoots.fromSystemProperty().check(options, pathOption);
    RowEncoder.Format format = RowEncoder.Format.of(options.get(formatOption));
    if (format == null) {
      throw options.invalidValue(formatOption.key(), "csv or json");
    }
    RollingPolicy policy = new RollingPolicy(positive(options, ROLLING_FILE_SIZE).bytes(),
        positive(options, ROLLOVER_INTERVAL).toMillis(), positive(options, CHECK_INTERVAL).toMillis());
    FileSinkSpec spec = new FileSinkSpec(directory, context.physicalSchema(), format, policy,
        UUID.randomUUID().toString());
    return TableSink.of(() -> new FileSinkOperator(spec), false);
  }

  private static <T> T positive(TableOptions options, ConnectorOption<T> option) {
    T value = options.get(option);
    boolean positive = value instanceof Duration d ? d.toMillis() > 0 : ((MemorySize) value).bytes() > 0;
    if (!positive) {
      throw options.invalidValue(option.key(), "a value above 0");
    }
    return value;
  }
}
