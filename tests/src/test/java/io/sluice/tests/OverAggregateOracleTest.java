package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
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
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverAggregateOracleTest {
  private static final RowType SCHEMA = RowType.of(
      new Column("id", DataType.of(TypeRoot.BIGINT)),
      new Column("k", DataType.of(TypeRoot.INTEGER)),
      new Column("v", DataType.of(TypeRoot.INTEGER)),
      new Column("tag", DataType.string()),
      new Column("ts", DataType.of(TypeRoot.BIGINT)));

  /** The same OVER query for each engine. */
  record Case(String sluice, String h2) {
    @Override
    public String toString() {
      return sluice;
    }
  }

  private static final List<Case> CASES = List.of(
      new Case("SELECT id, SUM(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 10 PRECEDING AND CURRENT ROW) "
          + "FROM events WHERE id <= 1000",
          "SELECT id, SUM(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 10 PRECEDING AND CURRENT ROW) "
              + "FROM r WHERE id <= 1000"),
      new Case("SELECT id, k, COUNT(*) OVER w, MIN(v) OVER w, MAX(v) OVER w, COUNT(tag) OVER w FROM events "
          + "WHERE id <= 1000 WINDOW w AS (PARTITION BY k ORDER BY ts ROWS BETWEEN 3 PRECEDING AND CURRENT ROW)",
          "SELECT id, k, COUNT(*) OVER w, MIN(v) OVER w, MAX(v) OVER w, COUNT(tag) OVER w FROM r "
              + "WHERE id <= 1000 WINDOW w AS (PARTITION BY k ORDER BY ts ROWS BETWEEN 3 PRECEDING AND CURRENT ROW)"),
      new Case("SELECT id, SUM(v) OVER w, COUNT(v) OVER w, MAX(v) OVER w FROM events "
          + "WINDOW w AS (PARTITION BY k ORDER BY ts RANGE BETWEEN INTERVAL '1' MINUTE PRECEDING AND CURRENT ROW)",
          "SELECT id, SUM(v) OVER w, COUNT(v) OVER w, MAX(v) OVER w FROM r "
              + "WINDOW w AS (PARTITION BY k ORDER BY ts RANGE BETWEEN 60000 PRECEDING AND CURRENT ROW)"),
      new Case("SELECT id, MIN(v) OVER (ORDER BY ts RANGE BETWEEN INTERVAL '10' SECOND PRECEDING AND CURRENT ROW) "
          + "FROM events",
          "SELECT id, MIN(v) OVER (ORDER BY ts RANGE BETWEEN 10000 PRECEDING AND CURRENT ROW) FROM r"),
      new Case("SELECT id, k, COUNT(*) OVER (PARTITION BY k ORDER BY ts RANGE UNBOUNDED PRECEDING), "
          + "SUM(v) OVER (PARTITION BY k ORDER BY ts) FROM events",
          "SELECT id, k, COUNT(*) OVER (PARTITION BY k ORDER BY ts RANGE UNBOUNDED PRECEDING), "
              + "SUM(v) OVER (PARTITION BY k ORDER BY ts) FROM r"),
      new Case("SELECT id, MAX(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) "
          + "FROM events WHERE id <= 1000",
          "SELECT id, MAX(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) "
              + "FROM r WHERE id <= 1000"),
      new Case("SELECT id, AVG(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 5 PRECEDING AND CURRENT ROW), "
          + "COUNT(*) OVER (PARTITION BY tag ORDER BY ts RANGE BETWEEN INTERVAL '30' SECOND PRECEDING AND CURRENT ROW) "
          + "FROM events WHERE id <= 1000 AND v > 20",
          "SELECT id, CAST(SUM(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 5 PRECEDING AND CURRENT ROW) / "
              + "COUNT(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 5 PRECEDING AND CURRENT ROW) AS INT), "
              + "COUNT(*) OVER (PARTITION BY tag ORDER BY ts RANGE BETWEEN 30000 PRECEDING AND CURRENT ROW) "
              + "FROM r WHERE id <= 1000 AND v > 20"),
      new Case("SELECT id, SUM(v) OVER (PARTITION BY MOD(k, 2) ORDER BY ts "
          + "RANGE BETWEEN INTERVAL '0' SECOND PRECEDING AND CURRENT ROW) FROM events",
          "SELECT id, SUM(v) OVER (PARTITION BY MOD(k, 2) ORDER BY ts RANGE BETWEEN CURRENT ROW AND CURRENT ROW) "
              + "FROM r"));

  private SluiceEngine engine;
  private Session session;
  private H2Oracle oracle;

  @BeforeAll
  void loadInput() throws Exception {
    engine = SluiceEngine.start();
    session = engine.newSession();
    session.executeSql("CREATE TABLE events (id BIGINT, k INT, v INT, tag STRING, "
        + "ts AS TIMESTAMPADD(SECOND, CAST(MOD(id * 7919, 1000) AS INT), TIMESTAMP '2024-01-01 00:00:00'), "
        + "WATERMARK FOR ts AS ts - INTERVAL '1000' SECOND) WITH ('connector' = 'datagen', "
        + "'rows-per-second' = '1000000', "
        + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '2000', "
        + "'fields.k.min' = '1', 'fields.k.max' = '5', "
        + "'fields.v.min' = '1', 'fields.v.max' = '100', 'fields.v.null-rate' = '0.1', "
        + "'fields.tag.length' = '1', 'fields.tag.null-rate' = '0.05')");
    List<Row> input = Results.run(session, "SELECT id, k, v, tag, ts FROM events;");
    assertThat(input).hasSize(2000);
    oracle = new H2Oracle("over");
    oracle.load("r", SCHEMA, Results.values(input));
  }

  @AfterAll
  void close() throws Exception {
    oracle.close();
    engine.close();
  }

  static Stream<Arguments> cases() {
    return Stream.of(1, 2).flatMap(p -> CASES.stream().map(c -> Arguments.of(p, c)));
  }

  @ParameterizedTest(name = "[p={0}] {1}")
  @MethodSource("cases")
  void overResultsEqualH2(int parallelism, Case query) throws Exception {
    session.executeSql("SET 'parallelism.default' = '" + parallelism + "'");
    List<List<String>> sluice = Results.values(Results.run(session, query.sluice() + ";")).stream()
        .map(H2Oracle::normalize).toList();
    List<List<String>> h2 = oracle.query(query.h2());

    assertThat(h2).as("the oracle must have something to compare").isNotEmpty();
    assertThat(sluice).containsExactlyInAnyOrderElementsOf(h2);
  }
}
