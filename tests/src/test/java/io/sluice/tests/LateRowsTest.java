package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import io.sluice.engine.StatementResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rows behind the watermark are dropped, counted, and the count is shown by SHOW JOBS. The input is ordered so that
 * which rows are late is known in advance: one source subtask, ids 1 to 500 in order, event time {@code id * 7919
 * mod 1000} seconds, a watermark 100 s behind the largest event time so far, emitted after every row that advances
 * it ({@code 'pipeline.auto-watermark-interval' = '0'}). A row is late when its event time is at or below the
 * watermark that the rows before it produced. H2 aggregates the rows that are not late, in TUMBLE and (sliced)
 * HOP windows.
 */
class LateRowsTest {
  private static final long DELAY_MS = 100_000;
  private static final String CREATE = "CREATE TABLE late_events (id BIGINT, "
      + "ts AS TIMESTAMPADD(SECOND, CAST(MOD(id * 7919, 1000) AS INT), TIMESTAMP '2024-01-01 00:00:00'), "
      + "WATERMARK FOR ts AS ts - INTERVAL '100' SECOND) WITH ('connector' = 'datagen', "
      + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '500');";

  private final SluiceEngine engine = SluiceEngine.start();
  private final Session session = engine.newSession();

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void lateRowsAreDroppedCountedAndShownBySHOWJOBS() throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    long maxTime = Long.MIN_VALUE;
    int late = 0;
    for (long id = 1; id <= 500; id++) {
      long ts = WindowAggregateOracleTest.BASE + (id * 7919 % 1000) * 1000;
      boolean isLate = maxTime != Long.MIN_VALUE && ts <= maxTime - DELAY_MS;
      late += isLate ? 1 : 0;
      maxTime = Math.max(maxTime, ts);
      rows.add(List.of(id, ts, isLate));
    }
    assertThat(late).as("the input has late rows").isBetween(50, 450);

    Results.run(session, "SET 'pipeline.auto-watermark-interval' = '0';" + CREATE);
    var aggregated = Results.values(Results.run(session, "SELECT window_start, window_end, COUNT(*), SUM(id) "
        + "FROM TABLE(TUMBLE(TABLE late_events, DESCRIPTOR(ts), INTERVAL '10' SECOND)) "
        + "GROUP BY window_start, window_end;"));
    // Sliced: one accumulator per 5-second slice, merged into the 15-second windows.
    var hopped = Results.values(Results.run(session, "SELECT window_start, COUNT(*), SUM(id), MIN(id), MAX(id) "
        + "FROM TABLE(HOP(TABLE late_events, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '15' SECOND)) "
        + "GROUP BY window_start, window_end;"));
    var assigned = Results.values(Results.run(session, "SELECT id, window_start "
        + "FROM TABLE(TUMBLE(TABLE late_events, DESCRIPTOR(ts), INTERVAL '10' SECOND));"));

    try (H2Oracle oracle = new H2Oracle("late")) {
      oracle.load("r", RowType.of(new Column("id", DataType.of(TypeRoot.BIGINT)),
          new Column("ts", DataType.of(TypeRoot.BIGINT)), new Column("late", DataType.of(TypeRoot.BOOLEAN))), rows);
      assertThat(aggregated.stream().map(H2Oracle::normalize).toList()).containsExactlyInAnyOrderElementsOf(
          oracle.query("SELECT ws, ws + 10000, COUNT(*), SUM(id) FROM (SELECT id, ts - MOD(ts, 10000) AS ws "
              + "FROM r WHERE NOT late) AS w GROUP BY ws"));
      assertThat(hopped.stream().map(H2Oracle::normalize).toList()).containsExactlyInAnyOrderElementsOf(
          oracle.query("SELECT ws, COUNT(*), SUM(id), MIN(id), MAX(id) FROM (SELECT id, "
              + "ts - MOD(ts, 5000) - n.i * 5000 AS ws FROM r CROSS JOIN (VALUES (0), (1), (2)) AS n(i) "
              + "WHERE NOT late) AS w GROUP BY ws"));
      assertThat(assigned.stream().map(H2Oracle::normalize).toList()).containsExactlyInAnyOrderElementsOf(
          oracle.query("SELECT id, ts - MOD(ts, 10000) FROM r WHERE NOT late"));
    }
    var jobs = (StatementResult.Table) session.executeSql("SHOW JOBS");
    assertThat(jobs.header()).last().isEqualTo("late rows");
    int column = jobs.header().indexOf("late rows");
    assertThat(jobs.rows()).extracting(row -> row.get(column)).containsExactly(Integer.toString(late),
        Integer.toString(late), Integer.toString(late));
  }
}
