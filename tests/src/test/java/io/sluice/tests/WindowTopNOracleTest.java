package io.sluice.tests;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Window Top-N, over a window table function's rows and over a window aggregation's, gives what H2 gives with
 * the windows computed in SQL and {@code ROW_NUMBER()} over them. Input as in {@link WindowAggregateOracleTest}:
 * 2,000 rows far out of event-time order, none late. Every ORDER BY ends with a unique column, so ranks are
 * deterministic. The results are insert-only and compared as multisets, at parallelism 1 and 2.
 */
class WindowTopNOracleTest extends OracleTestBase {
  private static final String PER_MINUTE_COUNTS = "SELECT window_start, window_end, k, COUNT(*) AS cnt, "
      + "SUM(v) AS total FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) "
      + "GROUP BY window_start, window_end, k";
  private static final String H2_PER_MINUTE_COUNTS = "SELECT ws, k, COUNT(*) AS cnt, SUM(v) AS total "
      + "FROM (SELECT k, v, ts - MOD(ts, 60000) AS ws FROM r) AS w GROUP BY ws, k";

  private static final List<OracleCase> CASES = List.of(
      OracleCase.of("SELECT window_start, k, cnt, rn FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, "
          + "window_end ORDER BY cnt DESC, k) AS rn FROM (" + PER_MINUTE_COUNTS + ")) WHERE rn <= 3",
          "SELECT ws, k, cnt, rn FROM (SELECT ws, k, cnt, ROW_NUMBER() OVER (PARTITION BY ws ORDER BY cnt DESC, k) "
              + "AS rn FROM (" + H2_PER_MINUTE_COUNTS + ") AS a) AS b WHERE rn <= 3"),
      OracleCase.of("SELECT window_end, k, total FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, "
          + "window_end ORDER BY total ASC NULLS LAST, k) AS rn FROM (" + PER_MINUTE_COUNTS + ")) WHERE rn = 1",
          "SELECT ws + 60000, k, total FROM (SELECT ws, k, total, ROW_NUMBER() OVER (PARTITION BY ws "
              + "ORDER BY total ASC NULLS LAST, k) AS rn FROM (" + H2_PER_MINUTE_COUNTS + ") AS a) AS b WHERE rn = 1"),
      OracleCase.of("SELECT id, v, window_start FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, "
          + "window_end ORDER BY v DESC, id) AS rn FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), "
          + "INTERVAL '10' SECOND))) WHERE rn <= 2",
          "SELECT id, v, ws FROM (SELECT id, v, ws, ROW_NUMBER() OVER (PARTITION BY ws ORDER BY v DESC NULLS LAST, "
              + "id) AS rn FROM (SELECT id, v, ts - MOD(ts, 10000) AS ws FROM r) AS a) AS b WHERE rn <= 2"),
      OracleCase.of("SELECT k, id, window_start, rn FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, "
          + "window_end, k ORDER BY v DESC, id) AS rn FROM TABLE(HOP(TABLE events, DESCRIPTOR(ts), "
          + "INTERVAL '30' SECOND, INTERVAL '1' MINUTE))) WHERE rn BETWEEN 2 AND 3",
          "SELECT k, id, ws, rn FROM (SELECT k, id, ws, ROW_NUMBER() OVER (PARTITION BY ws, k ORDER BY v DESC "
              + "NULLS LAST, id) AS rn FROM (SELECT id, k, v, ts - MOD(ts, 30000) - n.i * 30000 AS ws FROM r "
              + "CROSS JOIN (VALUES (0), (1)) AS n(i)) AS a) AS b WHERE rn BETWEEN 2 AND 3"));

  WindowTopNOracleTest() {
    super("window_topn", WindowAggregateOracleTest.EVENTS);
  }

  static Stream<Arguments> cases() {
    return withParallelism(CASES);
  }

  @ParameterizedTest(name = "[p={0}] {1}")
  @MethodSource("cases")
  void windowTopNEqualsH2(int parallelism, OracleCase query) throws Exception {
    assertInsertOnlySameAsH2(parallelism, query);
  }
}
