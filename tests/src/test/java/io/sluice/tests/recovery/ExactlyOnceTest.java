package io.sluice.tests.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exactly-once under failures, through SQL: a keyed count and a window aggregation over a million rows read at
 * parallelism 2 with a checkpoint every 100 ms, failed on purpose at a dozen random rows (each once) and restarted
 * from the latest checkpoint every time, give what a run without failures gives, row for row. Both write through
 * a two-phase-commit sink ({@code tx-collect}) that commits when a checkpoint completes, the last rows with the
 * job's final checkpoint. The count is exactly once with mini-batch aggregation too, in one phase and in two
 * (rows a bundle holds are applied before each barrier). In AT_LEAST_ONCE mode, with one source subtask lagging so that barriers are not
 * aligned, the same harness counts some rows twice and none never.
 */
class ExactlyOnceTest {
  private static final long ROWS = 1_000_000;
  private static final int FAILURES = 14;

  private final SluiceEngine engine = SluiceEngine.start();
  private final Session session = engine.newSession();

  @AfterEach
  void close() {
    engine.close();
  }

  /** A bounded sequence {@code id} from 0 with a rowtime {@code ts} advancing a second every 1,000 rows. */
  static String source(long rows, String extraOptions) {
    return source(rows, "1000000000", extraOptions);
  }

  /** The same, read at {@code rate} rows per second. */
  static String source(long rows, String rate, String extraOptions) {
    return "CREATE TABLE src (id BIGINT, "
        + "ts AS TIMESTAMPADD(SECOND, CAST(id / 1000 AS INT), TIMESTAMP '2024-01-01 00:00:00'), "
        + "WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'flaky', "
        + "'fields.id.kind' = 'sequence', 'fields.id.start' = '0', 'fields.id.end' = '" + (rows - 1) + "', "
        + "'rows-per-second' = '" + rate + "'" + extraOptions + ");\n";
  }

  /** Counts per {@code id % 1000} into the upsert table {@code counts-<run>}. */
  static String countJob(String run, long rows, String extraOptions) {
    return countJob(run, rows, "1000000000", extraOptions);
  }

  /** The same, read at {@code rate} rows per second. */
  static String countJob(String run, long rows, String rate, String extraOptions) {
    return "DROP TABLE IF EXISTS src; DROP TABLE IF EXISTS counts;\n" + source(rows, rate, extraOptions)
        + "CREATE TABLE counts (k BIGINT, c BIGINT, PRIMARY KEY (k) NOT ENFORCED) "
        + "WITH ('connector' = 'tx-collect', 'name' = 'counts-" + run + "');\n"
        + "INSERT INTO counts SELECT id % 1000, COUNT(*) FROM src GROUP BY id % 1000;";
  }

  private static final String TUMBLE = "TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '10' SECOND)";
  /** Sliced: the state is an accumulator per key and 10-second slice, and a timer per window. */
  private static final String HOP = "HOP(TABLE src, DESCRIPTOR(ts), INTERVAL '10' SECOND, INTERVAL '30' SECOND)";

  /** Counts per {@code id % 10} and window of {@code windows} into {@code windows-<run>}. */
  private static String windowJob(String run, String windows, long rows, String extraOptions) {
    return "DROP TABLE IF EXISTS src; DROP TABLE IF EXISTS windows;\n" + source(rows, extraOptions)
        + "CREATE TABLE windows (k BIGINT, ws TIMESTAMP(3), c BIGINT) "
        + "WITH ('connector' = 'tx-collect', 'name' = 'windows-" + run + "');\n"
        + "INSERT INTO windows SELECT id % 10, window_start, COUNT(*) "
        + "FROM TABLE(" + windows + ") GROUP BY id % 10, window_start, window_end;";
  }

  private void configure(String mode) {
    SqlJobs.run(session, "SET 'parallelism.default' = '2'; SET 'execution.checkpointing.interval' = '100 ms';"
        + "SET 'execution.checkpointing.mode' = '" + mode + "';"
        + "SET 'restart-strategy.type' = 'fixed-delay'; SET 'restart-strategy.fixed-delay.attempts' = '1000';"
        + "SET 'restart-strategy.fixed-delay.delay' = '10 ms';");
  }

  /** Runs the job without and with failures; returns the SHOW JOBS row of the one with failures. */
  private Map<String, String> runWithAndWithoutFailures(String scenario, String reference, String failing)
      throws InterruptedException {
    return runWithAndWithoutFailures(scenario, ROWS, reference, failing);
  }

  /** The same for jobs reading {@code rows} rows, the failures among them. */
  private Map<String, String> runWithAndWithoutFailures(String scenario, long rows, String reference,
      String failing) throws InterruptedException {
    String referenceJob = SqlJobs.run(session, reference);
    assertThat(SqlJobs.awaitEnd(session, referenceJob, Duration.ofMinutes(3))).containsEntry("status", "FINISHED");
    FailurePoints.register(scenario, FailurePoints.random(42, FAILURES, 0, rows));
    String failingJob = SqlJobs.run(session, failing);
    Map<String, String> end = SqlJobs.awaitEnd(session, failingJob, Duration.ofMinutes(3));
    assertThat(end).containsEntry("status", "FINISHED");
    // Two subtasks may fail in the same attempt, which restarts once.
    assertThat(Integer.parseInt(end.get("restarts"))).isBetween(10, FAILURES);
    assertThat(end.get("failure")).contains("Injected failure at row");
    assertThat(FailurePoints.remaining(scenario)).isZero();
    return end;
  }

  @Test
  void aKeyedCountIsExactlyOnceUnderFailures() throws Exception {
    configure("EXACTLY_ONCE");
    runWithAndWithoutFailures("count", countJob("reference", ROWS, ""),
        countJob("failing", ROWS, ", 'failure-points' = 'count'"));

    List<String> counts = CommittedTables.rows("counts-reference");
    assertThat(counts).hasSize(1000).allMatch(row -> row.endsWith("," + ROWS / 1000));
    assertThat(CommittedTables.rows("counts-failing")).containsExactlyElementsOf(counts);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ONE_PHASE", "TWO_PHASE"})
  void aMiniBatchCountIsExactlyOnceUnderFailures(String strategy) throws Exception {
    configure("EXACTLY_ONCE");
    SqlJobs.run(session, "SET 'table.exec.mini-batch.enabled' = 'true';"
        + "SET 'table.exec.mini-batch.allow-latency' = '50 ms'; SET 'table.exec.mini-batch.size' = '1000';"
        + "SET 'table.optimizer.agg-phase-strategy' = '" + strategy + "';");
    String scenario = "minibatch-" + strategy;
    long rows = 200_000;
    runWithAndWithoutFailures(scenario, rows, countJob(scenario + "-reference", rows, ""),
        countJob(scenario + "-failing", rows, ", 'failure-points' = '" + scenario + "'"));

    List<String> counts = CommittedTables.rows("counts-" + scenario + "-reference");
    assertThat(counts).hasSize(1000).allMatch(row -> row.endsWith("," + rows / 1000));
    assertThat(CommittedTables.rows("counts-" + scenario + "-failing")).containsExactlyElementsOf(counts);
  }

  @Test
  void aWindowAggregationIsExactlyOnceUnderFailures() throws Exception {
    configure("EXACTLY_ONCE");
    runWithAndWithoutFailures("window", windowJob("reference", TUMBLE, ROWS, ""),
        windowJob("failing", TUMBLE, ROWS, ", 'failure-points' = 'window'"));

    List<String> windows = CommittedTables.rows("windows-reference");
    assertThat(windows).hasSize((int) (ROWS / 10_000 * 10)).allMatch(row -> row.endsWith(",1000"));
    assertThat(CommittedTables.rows("windows-failing")).containsExactlyElementsOf(windows);
  }

  @Test
  void aSlicedHopAggregationIsExactlyOnceUnderFailures() throws Exception {
    configure("EXACTLY_ONCE");
    runWithAndWithoutFailures("hop", windowJob("hop-reference", HOP, ROWS, ""),
        windowJob("hop-failing", HOP, ROWS, ", 'failure-points' = 'hop'"));

    List<String> windows = CommittedTables.rows("windows-hop-reference");
    // Every row is in three windows; the full ones hold 3,000 rows per key, those at the ends fewer.
    assertThat(windows.stream().mapToLong(row -> Long.parseLong(row.substring(row.lastIndexOf(',') + 1))).sum())
        .isEqualTo(3 * ROWS);
    assertThat(windows).filteredOn(row -> row.endsWith(",3000")).hasSize((int) (ROWS / 10_000 - 2) * 10);
    assertThat(CommittedTables.rows("windows-hop-failing")).containsExactlyElementsOf(windows);
  }

  /**
   * Subtask 1 of the source sleeps after every batch, so its barrier reaches the count operator later than
   * subtask 0's; without alignment the operator goes on counting subtask 0's rows after its barrier, the snapshot
   * holds them, and after a restore subtask 0 reads them again.
   */
  @Test
  void atLeastOnceCountsSomeRowsTwiceAndNoneNever() throws Exception {
    configure("AT_LEAST_ONCE");
    long rows = 200_000;
    FailurePoints.register("at-least-once", FailurePoints.random(7, 10, rows / 10, rows));
    // Paced, so that subtask 0 is still reading (not finished) at the checkpoints the failures go back to.
    String job = SqlJobs.run(session, countJob("at-least-once", rows, "100000",
        ", 'failure-points' = 'at-least-once', 'slow-subtask' = '1', 'slow-millis' = '2'"));
    assertThat(SqlJobs.awaitEnd(session, job, Duration.ofMinutes(3))).containsEntry("status", "FINISHED");

    List<String> counts = CommittedTables.rows("counts-at-least-once");
    assertThat(counts).hasSize(1000);
    long expected = rows / 1000;
    List<Long> values = counts.stream().map(row -> Long.parseLong(row.substring(row.indexOf(',') + 1))).toList();
    assertThat(values).allMatch(count -> count >= expected);
    assertThat(values.stream().mapToLong(Long::longValue).sum()).isGreaterThan(rows);
  }
}
