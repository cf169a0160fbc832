package io.sluice.tests;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OVER aggregation over event time gives what H2 gives for the same OVER clause. Input: 2,000 datagen rows whose
 * event time is a shuffle of 1,000 seconds ({@code id * 7919 mod 1000}), so rows arrive far out of order, with a
 * watermark delay larger than that, so no row is late; each time occurs twice (ids i and i + 1000). ROWS frames
 * run on the first 1,000 rows only, whose times are distinct, because rows of one time rank in arrival order,
 * which H2 does not share. H2 holds the event time as epoch milliseconds, so RANGE offsets are in ms there. The
 * results are insert-only and compared as multisets, at parallelism 1 and 2.
 */
class OverAggregateOracleTest extends OracleTestBase {
  private static final List<OracleCase> CASES = List.of(
      OracleCase.of("SELECT id, SUM(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 10 PRECEDING AND CURRENT ROW) "
          + "FROM events WHERE id <= 1000",
          "SELECT id, SUM(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 10 PRECEDING AND CURRENT ROW) "
              + "FROM r WHERE id <= 1000"),
      OracleCase.of("SELECT id, k, COUNT(*) OVER w, MIN(v) OVER w, MAX(v) OVER w, COUNT(tag) OVER w FROM events "
          + "WHERE id <= 1000 WINDOW w AS (PARTITION BY k ORDER BY ts ROWS BETWEEN 3 PRECEDING AND CURRENT ROW)",
          "SELECT id, k, COUNT(*) OVER w, MIN(v) OVER w, MAX(v) OVER w, COUNT(tag) OVER w FROM r "
              + "WHERE id <= 1000 WINDOW w AS (PARTITION BY k ORDER BY ts ROWS BETWEEN 3 PRECEDING AND CURRENT ROW)"),
      OracleCase.of("SELECT id, SUM(v) OVER w, COUNT(v) OVER w, MAX(v) OVER w FROM events "
          + "WINDOW w AS (PARTITION BY k ORDER BY ts RANGE BETWEEN INTERVAL '1' MINUTE PRECEDING AND CURRENT ROW)",
          "SELECT id, SUM(v) OVER w, COUNT(v) OVER w, MAX(v) OVER w FROM r "
              + "WINDOW w AS (PARTITION BY k ORDER BY ts RANGE BETWEEN 60000 PRECEDING AND CURRENT ROW)"),
      OracleCase.of("SELECT id, MIN(v) OVER (ORDER BY ts RANGE BETWEEN INTERVAL '10' SECOND PRECEDING AND CURRENT ROW) "
          + "FROM events",
          "SELECT id, MIN(v) OVER (ORDER BY ts RANGE BETWEEN 10000 PRECEDING AND CURRENT ROW) FROM r"),
      OracleCase.of("SELECT id, k, COUNT(*) OVER (PARTITION BY k ORDER BY ts RANGE UNBOUNDED PRECEDING), "
          + "SUM(v) OVER (PARTITION BY k ORDER BY ts) FROM events",
          "SELECT id, k, COUNT(*) OVER (PARTITION BY k ORDER BY ts RANGE UNBOUNDED PRECEDING), "
              + "SUM(v) OVER (PARTITION BY k ORDER BY ts) FROM r"),
      OracleCase.of("SELECT id, MAX(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING "
          + "AND CURRENT ROW) FROM events WHERE id <= 1000",
          "SELECT id, MAX(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) "
              + "FROM r WHERE id <= 1000"),
      OracleCase.of("SELECT id, AVG(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 5 PRECEDING AND CURRENT ROW), "
          + "COUNT(*) OVER (PARTITION BY tag ORDER BY ts RANGE BETWEEN INTERVAL '30' SECOND PRECEDING AND CURRENT ROW) "
          + "FROM events WHERE id <= 1000 AND v > 20",
          "SELECT id, CAST(SUM(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 5 PRECEDING AND CURRENT ROW) / "
              + "COUNT(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 5 PRECEDING AND CURRENT ROW) AS INT), "
              + "COUNT(*) OVER (PARTITION BY tag ORDER BY ts RANGE BETWEEN 30000 PRECEDING AND CURRENT ROW) "
              + "FROM r WHERE id <= 1000 AND v > 20"),
      OracleCase.of("SELECT id, SUM(v) OVER (PARTITION BY MOD(k, 2) ORDER BY ts "
          + "RANGE BETWEEN INTERVAL '0' SECOND PRECEDING AND CURRENT ROW) FROM events",
          "SELECT id, SUM(v) OVER (PARTITION BY MOD(k, 2) ORDER BY ts RANGE BETWEEN CURRENT ROW AND CURRENT ROW) "
              + "FROM r"));

  OverAggregateOracleTest() {
    super("over", WindowAggregateOracleTest.EVENTS);
  }

  static Stream<Arguments> cases() {
    return withParallelism(CASES);
  }

  @ParameterizedTest(name = "[p={0}] {1}")
  @MethodSource("cases")
  void overResultsEqualH2(int parallelism, OracleCase query) throws Exception {
    assertInsertOnlySameAsH2(parallelism, query);
  }
}
