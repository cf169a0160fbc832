package io.sluice.tests.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Savepoints through SQL: STOP JOB ... WITH SAVEPOINT answers the savepoint's path, and a job started from it with
 * {@code execution.state-recovery.path} ends with the result of a run never stopped, also at other parallelisms;
 * WITH DRAIN fires every window before stopping; CREATE SAVEPOINT FOR JOB leaves the job running; SHOW CHECKPOINTS
 * lists both kinds; a query that changed is refused the savepoint, naming the operator, unless told to drop its
 * state.
 */
class SavepointTest {
  private static final long ROWS = 100_000;

  private final SluiceEngine engine = SluiceEngine.start();
  private final Session session = engine.newSession();

  @TempDir
  Path dir;

  @BeforeEach
  void configure() {
    SqlJobs.run(session, "SET 'execution.checkpointing.interval' = '200 ms';"
        + "SET 'execution.checkpointing.savepoint-dir' = '" + dir.resolve("savepoints") + "';");
  }

  @AfterEach
  void close() {
    engine.close();
  }

  /** Counts per {@code id % 1000} of a sequence read at {@code rate} rows per second into {@code counts-<run>}. */
  private static String countJob(String run, String rate, String aggregate) {
    return "DROP TABLE IF EXISTS seq; DROP TABLE IF EXISTS counts;\n"
        + "CREATE TABLE seq (id BIGINT) WITH ('connector' = 'datagen', 'fields.id.kind' = 'sequence', "
        + "'fields.id.start' = '0', 'fields.id.end' = '" + (ROWS - 1) + "', 'rows-per-second' = '" + rate + "');\n"
        + "CREATE TABLE counts (k BIGINT, c BIGINT, PRIMARY KEY (k) NOT ENFORCED) "
        + "WITH ('connector' = 'tx-collect', 'name' = 'counts-" + run + "');\n"
        + "INSERT INTO counts SELECT id % 1000, " + aggregate + " FROM seq GROUP BY id % 1000;";
  }

  private static String countJob(String run, String rate) {
    return countJob(run, rate, "COUNT(*)");
  }

  private List<String> referenceCounts() throws InterruptedException {
    String job = SqlJobs.run(session, countJob("reference", "1000000000"));
    assertThat(SqlJobs.awaitEnd(session, job, Duration.ofSeconds(60))).containsEntry("status", "FINISHED");
    List<String> counts = CommittedTables.rows("counts-reference");
    assertThat(counts).hasSize(1000).allMatch(row -> row.endsWith("," + ROWS / 1000));
    return counts;
  }

  /** Runs the count at {@code parallelism} from {@code savepoint} (null: none), stops it with one; returns it. */
  private String runAndStop(String run, int parallelism, String savepoint) throws InterruptedException {
    SqlJobs.run(session, "SET 'parallelism.default' = '" + parallelism + "';"
        + (savepoint == null ? "RESET 'execution.state-recovery.path';"
            : "SET 'execution.state-recovery.path' = '" + savepoint + "';"));
    String job = SqlJobs.run(session, countJob(run, "25000"));
    SqlJobs.awaitCheckpoints(session, job, 2, Duration.ofSeconds(60));
    String path = SqlJobs.savepointPath(session, "STOP JOB '" + job + "' WITH SAVEPOINT");
    assertThat(SqlJobs.job(session, job)).containsEntry("status", "FINISHED");
    assertThat(Path.of(path)).startsWith(dir.resolve("savepoints")).isDirectory();
    assertThat(Path.of(path).getFileName().toString()).startsWith("savepoint-" + job.substring(0, 6));
    assertThat(Path.of(path).resolve("_metadata")).isRegularFile();
    return path;
  }

  /** Finishes the count from {@code savepoint} at {@code parallelism}; returns what it committed. */
  private List<String> finishFrom(String run, int parallelism, String savepoint) throws InterruptedException {
    SqlJobs.run(session, "SET 'parallelism.default' = '" + parallelism + "';"
        + "SET 'execution.state-recovery.path' = '" + savepoint + "';");
    String job = SqlJobs.run(session, countJob(run, "1000000000"));
    assertThat(SqlJobs.awaitEnd(session, job, Duration.ofSeconds(60))).containsEntry("status", "FINISHED");
    SqlJobs.run(session, "RESET 'execution.state-recovery.path';");
    return CommittedTables.rows("counts-" + run);
  }

  private static long total(List<String> counts) {
    return counts.stream().mapToLong(row -> Long.parseLong(row.substring(row.indexOf(',') + 1))).sum();
  }

  @Test
  void aJobStoppedWithASavepointAndStartedFromItEndsAsIfNeverStopped() throws Exception {
    List<String> reference = referenceCounts();
    String savepoint = runAndStop("stopped", 2, null);
    assertThat(total(CommittedTables.rows("counts-stopped"))).as("stopped before the end").isLessThan(ROWS);

    assertThat(finishFrom("stopped", 2, savepoint)).containsExactlyElementsOf(reference);
  }

  @Test
  void aSavepointRestoresAtAnotherParallelism() throws Exception {
    List<String> reference = referenceCounts();
    String first = runAndStop("rescaled", 1, null);
    String second = runAndStop("rescaled", 3, first);

    assertThat(finishFrom("rescaled", 2, second)).containsExactlyElementsOf(reference);
  }

  @Test
  void stopWithDrainFiresEveryWindowBeforeTheSavepoint() throws Exception {
    SqlJobs.run(session, "SET 'parallelism.default' = '1';"
        + "CREATE TABLE endless (id BIGINT, ts AS TIMESTAMPADD(SECOND, CAST(id / 100 AS INT), "
        + "TIMESTAMP '2024-01-01 00:00:00'), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ("
        + "'connector' = 'datagen', 'fields.id.kind' = 'sequence', 'fields.id.start' = '0', "
        + "'fields.id.end' = '1000000000', 'rows-per-second' = '5000');"
        + "CREATE TABLE windows (ws TIMESTAMP(3), c BIGINT) WITH ('connector' = 'tx-collect', 'name' = 'drained');");
    String job = SqlJobs.run(session, "INSERT INTO windows SELECT window_start, COUNT(*) "
        + "FROM TABLE(TUMBLE(TABLE endless, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end;");
    SqlJobs.awaitCheckpoints(session, job, 2, Duration.ofSeconds(60));

    String path = SqlJobs.savepointPath(session, "STOP JOB '" + job + "' WITH SAVEPOINT WITH DRAIN");
    assertThat(Path.of(path).resolve("_metadata")).isRegularFile();
    assertThat(SqlJobs.job(session, job)).containsEntry("status", "FINISHED");
    // Every window read so far fired, the last (partial) one too: full windows of 1,000 rows, then the rest.
    List<Long> counts = CommittedTables.rows("drained").stream()
        .map(row -> Long.parseLong(row.substring(row.indexOf(',') + 1))).toList();
    assertThat(counts).isNotEmpty();
    assertThat(counts.subList(0, counts.size() - 1)).allMatch(count -> count == 1000);
    assertThat(counts.get(counts.size() - 1)).isBetween(1L, 1000L);
  }

  @Test
  void createSavepointLeavesTheJobRunningAndShowCheckpointsListsBothKinds() throws Exception {
    String job = SqlJobs.run(session, countJob("running", "20000"));
    SqlJobs.awaitCheckpoints(session, job, 1, Duration.ofSeconds(60));

    String path = SqlJobs.savepointPath(session, "CREATE SAVEPOINT FOR JOB '" + job + "'");
    assertThat(Path.of(path).resolve("_metadata")).isRegularFile();
    assertThat(SqlJobs.job(session, job).get("status")).isEqualTo("RUNNING");
    List<Map<String, String>> checkpoints = SqlJobs.checkpoints(session, job);
    assertThat(checkpoints).anySatisfy(c -> {
      assertThat(c).containsEntry("kind", "SAVEPOINT").containsEntry("status", "COMPLETED").containsEntry("path", path);
      assertThat(Long.parseLong(c.get("size (bytes)"))).isPositive();
    });
    assertThat(checkpoints).anySatisfy(c -> assertThat(c).containsEntry("kind", "CHECKPOINT")
        .containsEntry("status", "COMPLETED").containsEntry("acknowledged", "2/2"));
    assertThat(checkpoints).extracting(c -> Long.parseLong(c.get("id"))).isSortedAccordingTo((a, b) -> b.compareTo(a));
    Map<String, String> shown = SqlJobs.job(session, job);
    assertThat(shown.get("last checkpoint")).matches("\\d+ at \\d{4}-\\d\\d-\\d\\d .*");

    session.executeSql("STOP JOB '" + job + "'");
    assertThat(Path.of(path).resolve("_metadata")).as("savepoints outlive the job").isRegularFile();
  }

  @Test
  void aSavepointNeedsADirectory() {
    String job = SqlJobs.run(session, countJob("no-dir", "20000"));
    SqlJobs.run(session, "RESET 'execution.checkpointing.savepoint-dir';");

    assertThatThrownBy(() -> session.executeSql("STOP JOB '" + job + "' WITH SAVEPOINT"))
        .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SAVEPOINT_FAILED))
        .hasMessageContaining("execution.checkpointing.savepoint-dir");
    assertThat(SqlJobs.job(session, job).get("status")).isEqualTo("RUNNING");
  }

  @Test
  void aChangedQueryIsRefusedTheSavepointUnlessItsStateMayBeDropped() throws Exception {
    String savepoint = runAndStop("changed", 2, null);
    SqlJobs.run(session, "SET 'execution.state-recovery.path' = '" + savepoint + "';");

    assertThatThrownBy(() -> SqlJobs.run(session, countJob("changed-sum", "1000000000", "SUM(id)")))
        .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RESTORE_FAILED))
        .hasMessageContaining("GroupAggregate")
        .hasMessageContaining("execution.state-recovery.ignore-unclaimed-state");

    SqlJobs.run(session, "SET 'execution.state-recovery.ignore-unclaimed-state' = 'true';");
    String job = SqlJobs.run(session, countJob("changed-sum", "1000000000", "SUM(id)"));
    assertThat(SqlJobs.awaitEnd(session, job, Duration.ofSeconds(60))).containsEntry("status", "FINISHED");
    // The source's position was kept: only the rows after the savepoint were summed.
    assertThat(total(CommittedTables.rows("counts-changed-sum")))
        .isLessThan(ROWS * (ROWS - 1) / 2);
  }

  private static final String MINI_BATCH = "SET 'table.exec.mini-batch.enabled' = 'true';"
      + "SET 'table.exec.mini-batch.allow-latency' = '100 ms';"
      + "SET 'table.exec.mini-batch.size' = '1000';";

  @Test
  void aSavepointWithoutMiniBatchRestoresWithMiniBatchExactlyOnce() throws Exception {
    List<String> reference = referenceCounts();
    SqlJobs.run(session, "SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';");
    String savepoint = runAndStop("mini-batch", 2, null);
    SqlJobs.run(session, MINI_BATCH);

    assertThat(finishFrom("mini-batch", 2, savepoint)).containsExactlyElementsOf(reference);
  }

  /**
   * One- and two-phase aggregation keep their state under different operators (the two-phase one adds a local
   * aggregate before the shuffle), so a savepoint of one is refused by the other, naming the aggregate, rather than
   * restored with lost or doubled counts.
   */
  @Test
  void aSavepointIsRefusedWhenTheAggregationChangesBetweenOneAndTwoPhases() throws Exception {
    SqlJobs.run(session, MINI_BATCH + "SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';");
    String onePhase = runAndStop("one-phase", 2, null);
    SqlJobs.run(session, "SET 'table.optimizer.agg-phase-strategy' = 'TWO_PHASE';"
        + "SET 'execution.state-recovery.path' = '" + onePhase + "';");
    assertThatThrownBy(() -> SqlJobs.run(session, countJob("to-two-phase", "1000000000")))
        .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RESTORE_FAILED))
        .hasMessageContaining("GroupAggregate").hasMessageContaining("table.optimizer.agg-phase-strategy");

    String twoPhase = runAndStop("two-phase", 2, null);
    SqlJobs.run(session, "SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';"
        + "SET 'execution.state-recovery.path' = '" + twoPhase + "';");
    assertThatThrownBy(() -> SqlJobs.run(session, countJob("to-one-phase", "1000000000")))
        .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RESTORE_FAILED))
        .hasMessageContaining("GlobalGroupAggregate").hasMessageContaining("table.optimizer.agg-phase-strategy");
  }

  @Test
  void aSavepointDirectoryIsSelfContained() throws Exception {
    String savepoint = runAndStop("moved", 2, null);
    Path moved = dir.resolve("elsewhere");
    Files.move(Path.of(savepoint), moved);

    assertThat(finishFrom("moved", 2, moved.toString())).hasSize(1000)
        .allMatch(row -> row.endsWith("," + ROWS / 1000));
  }
}
