package io.sluice.connectors.jdbc;

import static io.sluice.connectors.ConnectorOption.optional;

import io.sluice.common.config.ConfigOptions;
import io.sluice.connectors.ConnectorOption;
import java.time.Duration;
import java.util.List;

/**
 * The options of the {@code jdbc} sink: Flink's JDBC connector's buffer and retry keys and defaults, and the
 * delivery guarantee under the name Flink's newer sinks use ({@code sink.delivery-guarantee}).
 */
public final class JdbcSinkOptions {
  private JdbcSinkOptions() {}

  public static final ConnectorOption<Integer> BUFFER_FLUSH_MAX_ROWS = optional(
      ConfigOptions.nonNegativeIntOption("sink.buffer-flush.max-rows", 100,
          "The buffer of each parallel writer is written once it holds this many rows (in upsert mode: keys); "
              + "0 writes only by interval and at checkpoints. Not used with exactly-once."));

  public static final ConnectorOption<Duration> BUFFER_FLUSH_INTERVAL = optional(ConfigOptions.durationOption(
      "sink.buffer-flush.interval", Duration.ofSeconds(1),
      "The buffer is also written this often; 0 writes only by size and at checkpoints. Not used with "
          + "exactly-once."));

  public static final ConnectorOption<Integer> MAX_RETRIES = optional(ConfigOptions.nonNegativeIntOption(
      "sink.max-retries", 3,
      "How many times a failed write is retried, each on a fresh connection, before the job fails."));

  public static final ConnectorOption<DeliveryGuarantee> DELIVERY_GUARANTEE = optional(ConfigOptions.choiceOption(
      "sink.delivery-guarantee", DeliveryGuarantee.class, DeliveryGuarantee.AT_LEAST_ONCE,
      DeliveryGuarantee::spellings,
      "none: write by the buffer rules only; at-least-once: also write the buffer at every checkpoint; "
          + "exactly-once: write the rows of each checkpoint in one database transaction when the checkpoint "
          + "completes, recorded in the marker table so a restore never writes them twice."));

  public static final ConnectorOption<String> MARKER_TABLE = optional(ConfigOptions.stringOption(
      "sink.exactly-once.marker-table", "sluice_sink_commits",
      "exactly-once: the table, in the same database, where each writer records the last checkpoint it "
          + "committed (one row per writer, created if missing)."));

  /** In the order the docs list them. */
  public static final List<ConnectorOption<?>> ALL = List.of(BUFFER_FLUSH_MAX_ROWS, BUFFER_FLUSH_INTERVAL,
      MAX_RETRIES, DELIVERY_GUARANTEE, MARKER_TABLE);
}
