package io.sluice.tests;

import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Window table functions and window aggregations give what H2 gives when it computes the windows in SQL on the
 * same rows. Input: 2,000 datagen rows whose event time is a shuffle of 1,000 seconds ({@code id * 7919 mod 1000},
 * so consecutive rows are about 15 minutes apart in event time), with a watermark delay larger than that, so no
 * row is late and every window is complete; the bounded source's final watermark fires them all. The results are
 * insert-only and compared as multisets; H2 holds the event time as epoch milliseconds, as Sluice's rows do. Every
 * query runs at parallelism 1 and 2. HOP windows whose size is a multiple of the slide, and CUMULATE windows, are
 * aggregated from slices when every aggregate merges (COUNT, SUM, AVG, MIN, MAX, with or without FILTER), and per
 * window otherwise (DISTINCT); both are here. Late rows are {@link LateRowsTest}'s subject.
 */
class WindowAggregateOracleTest extends OracleTestBase {
  /** 2024-01-01 00:00:00 UTC in epoch milliseconds. */
  static final long BASE = 1_704_067_200_000L;
  static final RowType SCHEMA = RowType.of(
      new Column("id", DataType.of(TypeRoot.BIGINT)),
      new Column("k", DataType.of(TypeRoot.INTEGER)),
      new Column("v", DataType.of(TypeRoot.INTEGER)),
      new Column("tag", DataType.string()),
      new Column("ts", DataType.of(TypeRoot.BIGINT)));
  /**
   * The input of the window oracle tests: 2,000 rows whose event time is a shuffle of 1,000 seconds, with a
   * watermark delay larger than that; read as (id, k, v, tag, ts) and loaded into H2 as {@code r}.
   */
  static final Input EVENTS = new Input("CREATE TABLE events (id BIGINT, k INT, v INT, tag STRING, "
      + "ts AS TIMESTAMPADD(SECOND, CAST(MOD(id * 7919, 1000) AS INT), TIMESTAMP '2024-01-01 00:00:00'), "
      + "WATERMARK FOR ts AS ts - INTERVAL '1000' SECOND) WITH ('connector' = 'datagen', "
      + "'rows-per-second' = '1000000', "
      + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '2000', "
      + "'fields.k.min' = '1', 'fields.k.max' = '5', "
      + "'fields.v.min' = '1', 'fields.v.max' = '100', 'fields.v.null-rate' = '0.1', "
      + "'fields.tag.length' = '1', 'fields.tag.null-rate' = '0.05')",
      "SELECT id, k, v, tag, ts FROM events", 2000, "r", SCHEMA);

  /** H2: the sessions of rows {@code (k, v, ts)} selected by {@code rows}, per k (or one partition), gap ms. */
  private static String sessions(String rows, String partition, long gap) {
    String over = "OVER (" + (partition.isEmpty() ? "" : "PARTITION BY " + partition + " ") + "ORDER BY ts";
    return "SELECT " + (partition.isEmpty() ? "" : partition + ", ") + "MIN(ts), MAX(ts) + " + gap
        + ", COUNT(*), SUM(v) FROM (SELECT k, v, ts, SUM(CASE WHEN prev IS NULL OR ts - prev > " + gap
        + " THEN 1 ELSE 0 END) " + over + " RANGE UNBOUNDED PRECEDING) AS sid FROM (SELECT k, v, ts, LAG(ts) "
        + over + ") AS prev FROM (" + rows + ") AS i) AS a) AS b GROUP BY " + (partition.isEmpty() ? "" : partition
        + ", ") + "sid";
  }

  private static final List<OracleCase> CASES = List.of(
      OracleCase.of("SELECT window_start, window_end, COUNT(*), SUM(v) "
          + "FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end",
          "SELECT ws, ws + 10000, COUNT(*), SUM(v) FROM (SELECT v, ts - MOD(ts, 10000) AS ws FROM r) AS w "
              + "GROUP BY ws"),
      OracleCase.of("SELECT k, window_start, window_end, COUNT(v), MIN(v), MAX(v) "
          + "FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) "
          + "GROUP BY k, window_start, window_end",
          "SELECT k, ws, ws + 60000, COUNT(v), MIN(v), MAX(v) FROM (SELECT k, v, ts - MOD(ts, 60000) AS ws FROM r) "
              + "AS w GROUP BY k, ws"),
      OracleCase.of("SELECT window_start, window_end, SUM(v * 2), COUNT(*) "
          + "FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '30' SECOND)) WHERE v > 50 "
          + "GROUP BY window_start, window_end",
          "SELECT ws, ws + 30000, SUM(v * 2), COUNT(*) FROM (SELECT v, ts - MOD(ts, 30000) AS ws FROM r "
              + "WHERE v > 50) AS w GROUP BY ws"),
      OracleCase.of("SELECT window_start, window_end, window_time, COUNT(DISTINCT tag), COUNT(*) "
          + "FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '20' SECOND)) "
          + "GROUP BY window_start, window_end, window_time",
          "SELECT ws, ws + 20000, ws + 19999, COUNT(DISTINCT tag), COUNT(*) "
              + "FROM (SELECT tag, ts - MOD(ts, 20000) AS ws FROM r) AS w GROUP BY ws"),
      OracleCase.of("SELECT k, window_start, window_end, COUNT(*), SUM(v) "
          + "FROM TABLE(HOP(TABLE events, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '15' SECOND)) "
          + "GROUP BY k, window_start, window_end",
          "SELECT k, ws, ws + 15000, COUNT(*), SUM(v) FROM (SELECT k, v, ts - MOD(ts, 5000) - n.i * 5000 AS ws "
              + "FROM r CROSS JOIN (VALUES (0), (1), (2)) AS n(i)) AS w GROUP BY k, ws"),
      OracleCase.of("SELECT window_start, window_end, MAX(v), COUNT(*) "
          + "FROM TABLE(HOP(TABLE events, DESCRIPTOR(ts), INTERVAL '10' SECOND, INTERVAL '25' SECOND)) "
          + "GROUP BY window_start, window_end",
          "SELECT ws, ws + 25000, MAX(v), COUNT(*) FROM (SELECT v, ts, ts - MOD(ts, 10000) - n.i * 10000 AS ws "
              + "FROM r CROSS JOIN (VALUES (0), (1), (2)) AS n(i)) AS w WHERE ts < ws + 25000 GROUP BY ws"),
      OracleCase.of("SELECT k, window_start, window_end, COUNT(*), SUM(v), MIN(v), MAX(v), AVG(v), "
          + "COUNT(*) FILTER (WHERE v > 50), MAX(v) FILTER (WHERE tag = 'a') "
          + "FROM TABLE(HOP(TABLE events, DESCRIPTOR(ts), INTERVAL '10' SECOND, INTERVAL '1' MINUTE)) "
          + "GROUP BY k, window_start, window_end",
          "SELECT k, ws, ws + 60000, COUNT(*), SUM(v), MIN(v), MAX(v), CAST(SUM(v) / COUNT(v) AS INT), "
              + "COUNT(CASE WHEN v > 50 THEN 1 END), MAX(CASE WHEN tag = 'a' THEN v END) "
              + "FROM (SELECT k, v, tag, ts - MOD(ts, 10000) - n.i * 10000 AS ws FROM r "
              + "CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5)) AS n(i)) AS w GROUP BY k, ws"),
      OracleCase.of("SELECT k, window_start, window_end, COUNT(DISTINCT tag), COUNT(*) "
          + "FROM TABLE(HOP(TABLE events, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '15' SECOND)) "
          + "GROUP BY k, window_start, window_end",
          "SELECT k, ws, ws + 15000, COUNT(DISTINCT tag), COUNT(*) FROM (SELECT k, tag, "
              + "ts - MOD(ts, 5000) - n.i * 5000 AS ws FROM r CROSS JOIN (VALUES (0), (1), (2)) AS n(i)) AS w "
              + "GROUP BY k, ws"),
      OracleCase.of("SELECT k, window_start, window_end, MIN(v), MAX(v), SUM(v) FILTER (WHERE v > 50) "
          + "FROM TABLE(CUMULATE(TABLE events, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '30' SECOND)) "
          + "GROUP BY k, window_start, window_end",
          "SELECT k, ws, we, MIN(v), MAX(v), SUM(CASE WHEN v > 50 THEN v END) FROM (SELECT k, v, ts, "
              + "ts - MOD(ts, 30000) AS ws, ts - MOD(ts, 30000) + n.j * 5000 AS we FROM r CROSS JOIN "
              + "(VALUES (1), (2), (3), (4), (5), (6)) AS n(j)) AS w WHERE ts < we GROUP BY k, ws, we"),
      OracleCase.of("SELECT window_start, window_end, COUNT(*), SUM(v) "
          + "FROM TABLE(CUMULATE(TABLE events, DESCRIPTOR(ts), INTERVAL '10' SECOND, INTERVAL '1' MINUTE)) "
          + "GROUP BY window_start, window_end",
          "SELECT ws, we, COUNT(*), SUM(v) FROM (SELECT v, ts, ts - MOD(ts, 60000) AS ws, "
              + "ts - MOD(ts, 60000) + n.j * 10000 AS we FROM r CROSS JOIN (VALUES (1), (2), (3), (4), (5), (6)) "
              + "AS n(j)) AS w WHERE ts < we GROUP BY ws, we"),
      OracleCase.of("SELECT k, window_start, window_end, COUNT(*), SUM(v) "
          + "FROM TABLE(SESSION(TABLE events PARTITION BY k, DESCRIPTOR(ts), INTERVAL '5' SECOND)) "
          + "GROUP BY k, window_start, window_end",
          sessions("SELECT k, v, ts FROM r", "k", 5000)),
      OracleCase.of("SELECT window_start, window_end, COUNT(*), SUM(v) "
          + "FROM TABLE(SESSION(TABLE events, DESCRIPTOR(ts), INTERVAL '2' SECOND)) WHERE MOD(id, 7) = 0 "
          + "GROUP BY window_start, window_end",
          sessions("SELECT k, v, ts FROM r WHERE MOD(id, 7) = 0", "", 2000)),
      OracleCase.of("SELECT id, window_start, window_end, window_time "
          + "FROM TABLE(HOP(TABLE events, DESCRIPTOR(ts), INTERVAL '30' SECOND, INTERVAL '1' MINUTE)) "
          + "WHERE id <= 300",
          "SELECT id, ws, ws + 60000, ws + 59999 FROM (SELECT id, ts - MOD(ts, 30000) - n.i * 30000 AS ws "
              + "FROM r CROSS JOIN (VALUES (0), (1)) AS n(i) WHERE id <= 300) AS w"),
      OracleCase.of("SELECT window_start, window_end, MOD(k, 2) AS odd, COUNT(*), AVG(v) "
          + "FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) "
          + "GROUP BY window_start, window_end, MOD(k, 2)",
          "SELECT ws, ws + 60000, MOD(k, 2), COUNT(*), CAST(SUM(v) / COUNT(v) AS INT) "
              + "FROM (SELECT k, v, ts - MOD(ts, 60000) AS ws FROM r) AS w GROUP BY ws, MOD(k, 2)"),
      OracleCase.of("SELECT window_start, window_end, COUNT(*) "
          + "FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '10' SECOND)) "
          + "WHERE window_start >= TIMESTAMP '2024-01-01 00:10:00' GROUP BY window_start, window_end",
          "SELECT ws, ws + 10000, COUNT(*) FROM (SELECT ts - MOD(ts, 10000) AS ws FROM r) AS w "
              + "WHERE ws >= " + (BASE + 600_000) + " GROUP BY ws"),
      OracleCase.of("SELECT window_start, window_end, SUM(cnt), MAX(cnt) "
          + "FROM TABLE(TUMBLE(TABLE per10, DESCRIPTOR(wt), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end",
          "SELECT ws2, ws2 + 60000, SUM(cnt), MAX(cnt) FROM (SELECT wt - MOD(wt, 60000) AS ws2, cnt FROM ("
              + "SELECT ws + 9999 AS wt, COUNT(*) AS cnt FROM (SELECT ts - MOD(ts, 10000) AS ws FROM r) AS a "
              + "GROUP BY ws) AS b) AS c GROUP BY ws2"));

  WindowAggregateOracleTest() {
    super("windows", EVENTS);
  }

  @BeforeAll
  void createView() {
    session.executeSql("CREATE VIEW per10 AS SELECT window_time AS wt, COUNT(*) AS cnt "
        + "FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '10' SECOND)) "
        + "GROUP BY window_start, window_end, window_time");
  }

  static Stream<Arguments> cases() {
    return withParallelism(CASES);
  }

  @ParameterizedTest(name = "[p={0}] {1}")
  @MethodSource("cases")
  void windowResultsEqualH2(int parallelism, OracleCase query) throws Exception {
    assertInsertOnlySameAsH2(parallelism, query);
  }
}
