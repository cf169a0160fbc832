package io.sluice.common.config;

import static io.sluice.common.config.ConfigOptions.booleanOption;
import static io.sluice.common.config.ConfigOptions.durationOption;
import static io.sluice.common.config.ConfigOptions.longOption;
import static io.sluice.common.config.ConfigOptions.positiveIntOption;
import static io.sluice.common.config.ConfigOptions.stringOption;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every key {@code SET} accepts: the single source of truth for validation, the shell's completion and the
 * configuration reference in {@code docs/configuration.md} (a test keeps that page in step with this list).
 * Names and defaults are Flink's wherever Flink has the concept. The keys of checkpointing, restart strategies and
 * state backends are declared, by concern, in {@link CheckpointingOptions}, {@link RestartStrategyOptions} and
 * {@link StateBackendOptions}, and listed here.
 */
public final class SluiceOptions {
  private SluiceOptions() {}

  public static final ConfigOption<Integer> PARALLELISM_DEFAULT = positiveIntOption("parallelism.default", 1,
      "Number of parallel subtasks of each operator of a job submitted from this session.");

  public static final ConfigOption<Integer> MAX_PARALLELISM = positiveIntOption("pipeline.max-parallelism", 128,
      "Number of key groups: the upper bound for the parallelism a job can be rescaled to.");

  public static final ConfigOption<String> PIPELINE_NAME = stringOption("pipeline.name", null,
      "Name given to the next job submitted; by default the job is named after its statement.");

  public static final ConfigOption<Duration> BUFFER_TIMEOUT = durationOption(
      "execution.buffer-timeout.interval", Duration.ofMillis(100),
      "Longest time rows wait in an output buffer before it is sent downstream although not full.");

  public static final ConfigOption<Duration> AUTO_WATERMARK_INTERVAL = durationOption(
      "pipeline.auto-watermark-interval", Duration.ofMillis(200),
      "How often a source subtask of a table with a WATERMARK emits its watermark, if it advanced; 0 emits one "
          + "after every row that advances it.");

  public static final ConfigOption<Duration> SOURCE_IDLE_TIMEOUT = durationOption(
      "table.exec.source.idle-timeout", Duration.ZERO,
      "A source subtask that has read no rows for this long is marked idle and no longer holds back the "
          + "watermark downstream, until its next row; 0 never marks a source idle.");

  public static final ConfigOption<Integer> MAX_COLUMN_WIDTH = positiveIntOption(
      "sql-client.display.max-column-width", 30,
      "Columns wider than this are cut in the shell's table output (not in CSV output).");

  public static final ConfigOption<ResultMode> RESULT_MODE = ConfigOptions.choiceOption(
      "sql-client.execution.result-mode", ResultMode.class, ResultMode.TABLE, ResultMode::spellings,
      "How the interactive shell shows a query's rows: table (a live table of the current result, updated in "
          + "place), changelog (a live view of the latest +I/-U/+U/-D changes) or tableau (rows printed as they "
          + "come). sluice sql -f and a terminal that cannot move its cursor always print tableau.");

  public static final ConfigOption<Duration> STATE_TTL = durationOption("table.exec.state.ttl", Duration.ZERO,
      "How long the state of a key (a group of GROUP BY, a partition of Top-N or deduplication) is kept after it "
          + "was last written; an idle key's state then expires, and a later row for it starts afresh. "
          + "0 keeps state forever.");

  public static final ConfigOption<Boolean> MINI_BATCH_ENABLED = booleanOption("table.exec.mini-batch.enabled",
      false,
      "Group aggregations buffer input rows and apply them per key in bundles: one state read and write and one "
          + "-U/+U per key and bundle instead of per row. Needs table.exec.mini-batch.allow-latency and "
          + "table.exec.mini-batch.size.");

  public static final ConfigOption<Duration> MINI_BATCH_ALLOW_LATENCY = durationOption(
      "table.exec.mini-batch.allow-latency", Duration.ZERO,
      "With mini-batch on, the longest time a row waits in a bundle before the bundle is applied; must be more "
          + "than 0 then.");

  public static final ConfigOption<Long> MINI_BATCH_SIZE = longOption("table.exec.mini-batch.size", -1L,
      "With mini-batch on, the most rows a bundle holds (per parallel instance) before it is applied; must be "
          + "positive then (-1: not set).");

  /** Whether group aggregations run in one step or as a local and a global one (Flink's {@code AggregatePhaseStrategy}). */
  public enum AggregatePhaseStrategy { AUTO, ONE_PHASE, TWO_PHASE }

  public static final ConfigOption<AggregatePhaseStrategy> AGG_PHASE_STRATEGY = ConfigOptions.enumOption(
      "table.optimizer.agg-phase-strategy", AggregatePhaseStrategy.class, AggregatePhaseStrategy.AUTO,
      "AUTO and TWO_PHASE: with mini-batch on, a group aggregation whose functions all merge (COUNT, SUM, AVG, "
          + "MIN/MAX over insert-only input; no DISTINCT) pre-aggregates each bundle before the shuffle and merges "
          + "the partial results after it; ONE_PHASE: never.");

  /** In which order an async lookup join emits its results (Flink's {@code ExecutionConfigOptions.AsyncOutputMode}). */
  public enum AsyncOutputMode { ORDERED, ALLOW_UNORDERED }

  public static final ConfigOption<Integer> ASYNC_LOOKUP_BUFFER_CAPACITY = positiveIntOption(
      "table.exec.async-lookup.buffer-capacity", 100,
      "How many lookups an async lookup join may have in flight per parallel instance before it waits.");

  public static final ConfigOption<AsyncOutputMode> ASYNC_LOOKUP_OUTPUT_MODE = ConfigOptions.enumOption(
      "table.exec.async-lookup.output-mode", AsyncOutputMode.class, AsyncOutputMode.ORDERED,
      "ORDERED: an async lookup join emits its rows in input order; ALLOW_UNORDERED: as lookups complete "
          + "(never across a watermark), so a slow lookup holds up no other row.");

  /** All options, in the order the docs list them. */
  public static final List<ConfigOption<?>> ALL = concat(
      List.of(
          PARALLELISM_DEFAULT,
          MAX_PARALLELISM,
          PIPELINE_NAME,
          BUFFER_TIMEOUT,
          AUTO_WATERMARK_INTERVAL,
          SOURCE_IDLE_TIMEOUT,
          STATE_TTL,
          ASYNC_LOOKUP_BUFFER_CAPACITY,
          ASYNC_LOOKUP_OUTPUT_MODE,
          MINI_BATCH_ENABLED,
          MINI_BATCH_ALLOW_LATENCY,
          MINI_BATCH_SIZE,
          AGG_PHASE_STRATEGY,
          MAX_COLUMN_WIDTH,
          RESULT_MODE),
      CheckpointingOptions.ALL,
      RestartStrategyOptions.ALL,
      StateBackendOptions.ALL);

  @SafeVarargs
  private static List<ConfigOption<?>> concat(List<ConfigOption<?>>... groups) {
    List<ConfigOption<?>> all = new ArrayList<>();
    for (List<ConfigOption<?>> group : groups) {
      all.addAll(group);
    }
    return List.copyOf(all);
  }

  /** The option with this key or alias (case-sensitive, as in Flink). */
  public static Optional<ConfigOption<?>> find(String key) {
    return ALL.stream().filter(o -> o.key().equals(key) || o.aliases().contains(key)).findFirst();
  }
}
