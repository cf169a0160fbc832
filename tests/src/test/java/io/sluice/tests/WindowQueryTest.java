package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.ErrorCode;
import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.SqlException;
import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import io.sluice.engine.StatementResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event time, processing time and window TVFs through the Session API, as the shell uses it. */
class WindowQueryTest {
  /** 25 rows one second apart from 2024-01-01 00:00:01, a watermark 5 s behind. */
  static final String CREATE_E = "CREATE TABLE e (id BIGINT, "
      + "ts AS TIMESTAMPADD(SECOND, CAST(id AS INT), TIMESTAMP '2024-01-01 00:00:00'), pt AS PROCTIME(), "
      + "WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'datagen', "
      + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '25');";

  private final SluiceEngine engine = SluiceEngine.start();
  private final Session session = engine.newSession();

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void describeMarksTheTimeAttributes() throws Exception {
    Results.run(session, CREATE_E);
    var describe = (StatementResult.Table) session.executeSql("DESCRIBE e");
    assertThat(describe.rows()).extracting(row -> row.get(0) + " " + row.get(1)).containsExactly(
        "id BIGINT", "ts TIMESTAMP(0) *ROWTIME*", "pt TIMESTAMP_LTZ(3) *PROCTIME*");
  }

  @Test
  void proctimeReadsTheClockForEveryRow() throws Exception {
    long before = Instant.now().toEpochMilli();
    List<Row> rows = Results.run(session, CREATE_E + "SELECT pt FROM e;");
    long after = Instant.now().toEpochMilli();

    assertThat(rows).hasSize(25).allSatisfy(row -> assertThat((Long) row.field(0)).isBetween(before, after));
  }

  @Test
  void explainShowsTheWatermarkAssignerAndTheWindowAggregate() throws Exception {
    Results.run(session, CREATE_E);
    var explain = (StatementResult.Text) session.executeSql("EXPLAIN SELECT window_start, COUNT(*) "
        + "FROM TABLE(TUMBLE(TABLE e, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end");
    assertThat(explain.text())
        .contains("WindowAggregate(window=[TUMBLE(time_col=[ts], size=[10 s])], select=[window_start() AS "
            + "window_start, window_end() AS window_end, COUNT(*) AS EXPR$1], changelogMode=[I])")
        .contains("WatermarkAssigner(rowtime=[ts], watermark=[-(ts, 5000:INTERVAL SECOND)], changelogMode=[I])");
  }

  @Test
  void aWindowAggregationWritesIntoAnAppendOnlySink() throws Exception {
    Path out = dir.resolve("out");
    Results.run(session, CREATE_E + "CREATE TABLE files (ws TIMESTAMP(3), n BIGINT) WITH ("
        + "'connector' = 'filesystem', 'path' = '" + out + "');");
    session.executeSql("INSERT INTO files SELECT window_start, COUNT(*) "
        + "FROM TABLE(TUMBLE(TABLE e, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end");

    assertThat(engine.awaitJobs(Duration.ofSeconds(60))).isTrue();
    List<String> lines = new ArrayList<>();
    try (var files = Files.list(out)) {
      // Committed part files; hidden ones (the sink's bookkeeping) are not output, as for every reader.
      for (Path file : files.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
        lines.addAll(Files.readAllLines(file));
      }
    }
    assertThat(lines).containsExactly(
        "2024-01-01 00:00:00,9", "2024-01-01 00:00:10,10", "2024-01-01 00:00:20,6");
  }

  @Test
  void anIdleInputNoLongerHoldsBackTheWindowsOfTheOthers() throws Exception {
    // 'b' never ends and reads one row a second with an event time long past: without the idle timeout its
    // watermark would hold back every window of 'a' for as long as the query runs.
    Results.run(session, CREATE_E + "CREATE TABLE b (id BIGINT, ts AS TIMESTAMP '2000-01-01 00:00:00', "
        + "WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen', 'rows-per-second' = '1');"
        + "CREATE VIEW u AS SELECT id, ts FROM e UNION ALL SELECT id, ts FROM b;"
        + "SET 'table.exec.source.idle-timeout' = '100 ms';");
    var query = (StatementResult.Query) session.executeSql("SELECT window_start, COUNT(*) "
        + "FROM TABLE(TUMBLE(TABLE u, DESCRIPTOR(ts), INTERVAL '10' SECOND)) "
        + "WHERE ts >= TIMESTAMP '2024-01-01 00:00:00' GROUP BY window_start, window_end");
    List<Row> rows = new ArrayList<>();
    Instant deadline = Instant.now().plusSeconds(30);
    while (rows.size() < 3 && Instant.now().isBefore(deadline)) {
      Row row = query.handle().poll(Duration.ofMillis(100));
      if (row != null) {
        rows.add(row);
      }
    }
    assertThat(query.handle().isEnded()).isFalse();
    query.handle().cancel();

    long base = WindowAggregateOracleTest.BASE;
    assertThat(rows).containsExactly(Row.of(base, 9L), Row.of(base + 10_000, 10L), Row.of(base + 20_000, 6L));
  }

  @Test
  void windowsNeedATimeAttribute() throws Exception {
    Results.run(session, CREATE_E);
    assertThatThrownBy(() -> session.executeSql(
        "SELECT * FROM TABLE(TUMBLE(TABLE e, DESCRIPTOR(id), INTERVAL '10' SECOND))"))
        .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR))
        .hasMessageContaining("The time column 'id' of TUMBLE must be of type TIMESTAMP");
    session.executeSql("CREATE VIEW shifted AS SELECT id, ts + INTERVAL '1' SECOND AS t FROM e");
    assertThatThrownBy(() -> session.executeSql(
        "SELECT * FROM TABLE(TUMBLE(TABLE shifted, DESCRIPTOR(t), INTERVAL '10' SECOND))"))
        .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR))
        .hasMessageContaining("The time column 't' of TUMBLE is not a time attribute")
        .hasMessageContaining("WATERMARK FOR t");
    assertThatThrownBy(() -> session.executeSql(
        "SELECT * FROM TABLE(TUMBLE(TABLE e, DESCRIPTOR(nope), INTERVAL '10' SECOND))"))
        .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.position().column()).isEqualTo(48))
        .hasMessageContaining("Column 'nope' not found");
  }

  /**
   * A window over PROCTIME() closes as the clock passes its end, with no row after it: the source reads the rows
   * there are, then waits for new files that never come (it does not end), and their window still comes out.
   */
  @Test
  void processingTimeWindowsCloseWithTheClock() throws Exception {
    Files.writeString(dir.resolve("rows.csv"), "1\n2\n3\n4\n5\n");
    Results.run(session, "CREATE TABLE slow (id BIGINT, pt AS PROCTIME()) WITH ('connector' = 'filesystem', "
        + "'path' = '" + dir + "', 'format' = 'csv', 'source.monitor-interval' = '100 ms');");
    StatementResult.Query query = (StatementResult.Query) session.executeSql(
        "SELECT window_start, window_end, COUNT(*) AS n FROM TABLE(TUMBLE(TABLE slow, DESCRIPTOR(pt), "
            + "INTERVAL '1' SECOND)) GROUP BY window_start, window_end");
    assertThat(session.executeSql("EXPLAIN SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE slow, "
        + "DESCRIPTOR(pt), INTERVAL '1' SECOND)) GROUP BY window_start, window_end").toString())
        .contains("WatermarkAssigner(proctime=[pt], watermark=[PROCTIME()]");
    List<Row> windows = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (windows.stream().mapToLong(row -> (Long) row.field(2)).sum() < 5) {
      assertThat(System.nanoTime()).as("the windows of all 5 rows closed").isLessThan(deadline);
      Row row = query.handle().poll(Duration.ofMillis(100));
      if (row != null) {
        windows.add(row);
      }
    }
    query.handle().cancel();
    assertThat(windows).allSatisfy(row -> {
      assertThat(row.kind()).isEqualTo(RowKind.INSERT);
      assertThat((Long) row.field(1) - (Long) row.field(0)).isEqualTo(1000L);
      assertThat((Long) row.field(2)).isPositive();
    });
    assertThat(windows.stream().mapToLong(row -> (Long) row.field(2)).sum()).isEqualTo(5);
  }

  @Test
  void sessionWindowsNeedAnAggregationByTheirPartition() throws Exception {
    Results.run(session, CREATE_E);
    assertThatThrownBy(() -> session.executeSql(
        "SELECT * FROM TABLE(SESSION(TABLE e PARTITION BY id, DESCRIPTOR(ts), INTERVAL '10' SECOND))"))
        .hasMessageContaining("SESSION is supported only under a window aggregation");
    assertThatThrownBy(() -> session.executeSql("SELECT window_start, COUNT(*) "
        + "FROM TABLE(SESSION(TABLE e PARTITION BY id, DESCRIPTOR(ts), INTERVAL '10' SECOND)) "
        + "GROUP BY window_start, window_end"))
        .hasMessageContaining("must group by exactly the columns of SESSION's PARTITION BY (id)");
  }
}
