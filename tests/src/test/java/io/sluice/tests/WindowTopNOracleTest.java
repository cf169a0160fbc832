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
 * Window Top-N, over a window table function's rows and over a window aggregation's, gives what H2 gives with
 * the windows computed in SQL and {@code ROW_NUMBER()} over them. Input as in {@link WindowAggregateOracleTest}:
 * 2,000 rows far out of event-time order, none late. Every ORDER BY ends with a unique column, so ranks are
 * deterministic. The results are insert-only and compared as multisets, at parallelism 1 and 2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WindowTopNOracleTest {
  private static final RowType SCHEMA = RowType.of(
      new Column("id", DataType.of(TypeRoot.BIGINT)),
      new Column("k", DataType.of(TypeRoot.INTEGER)),
      new Column("v", DataType.of(TypeRoot.INTEGER)),
      new Column("tag", DataType.string()),
      new Column("ts", DataType.of(TypeRoot.BIGINT)));

  /** The same query for each engine. */
  record Case(String sluice, String h2) {
    @Override
    public String toString() {
      return sluice;
    }
  }

  private static final String PER_MINUTE_COUNTS = "SELECT window_start, window_end, k, COUNT(*) AS cnt, "
      + "SUM(v) AS total FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) "
      + "GROUP BY window_start, window_end, k";
  private static final String H2_PER_MINUTE_COUNTS = "SELECT ws, k, COUNT(*) AS cnt, SUM(v) AS total "
      + "FROM (SELECT k, v, ts - MOD(ts, 60000) AS ws FROM r) AS w GROUP BY ws, k";

  private static final List<Case> CASES = List.of(
      new Case("SELECT window_start, k, cnt, rn FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, "
          + "window_end ORDER BY cnt DESC, k) AS rn FROM (" + PER_MINUTE_COUNTS + ")) WHERE rn <= 3",
          "SELECT ws, k, cnt, rn FROM (SELECT ws, k, cnt, ROW_NUMBER() OVER (PARTITION BY ws ORDER BY cnt DESC, k) "
              + "AS rn FROM (" + H2_PER_MINUTE_COUNTS + ") AS a) AS b WHERE rn <= 3"),
      new Case("SELECT window_end, k, total FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, "
          + "window_end ORDER BY total ASC NULLS LAST, k) AS rn FROM (" + PER_MINUTE_COUNTS + ")) WHERE rn = 1",
          "SELECT ws + 60000, k, total FROM (SELECT ws, k, total, ROW_NUMBER() OVER (PARTITION BY ws "
              + "ORDER BY total ASC NULLS LAST, k) AS rn FROM (" + H2_PER_MINUTE_COUNTS + ") AS a) AS b WHERE rn = 1"),
      new Case("SELECT id, v, window_start FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end "
          + "ORDER BY v DESC, id) AS rn FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '10' SECOND))) "
          + "WHERE rn <= 2",
          "SELECT id, v, ws FROM (SELECT id, v, ws, ROW_NUMBER() OVER (PARTITION BY ws ORDER BY v DESC NULLS LAST, "
              + "id) AS rn FROM (SELECT id, v, ts - MOD(ts, 10000) AS ws FROM r) AS a) AS b WHERE rn <= 2"),
      new Case("SELECT k, id, window_start, rn FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, "
          + "window_end, k ORDER BY v DESC, id) AS rn FROM TABLE(HOP(TABLE events, DESCRIPTOR(ts), "
          + "INTERVAL '30' SECOND, INTERVAL '1' MINUTE))) WHERE rn BETWEEN 2 AND 3",
          "SELECT k, id, ws, rn FROM (SELECT k, id, ws, ROW_NUMBER() OVER (PARTITION BY ws, k ORDER BY v DESC "
              + "NULLS LAST, id) AS rn FROM (SELECT id, k, v, ts - MOD(ts, 30000) - n.i * 30000 AS ws FROM r "
              + "CROSS JOIN (VALUES (0), (1)) AS n(i)) AS a) AS b WHERE rn BETWEEN 2 AND 3"));

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
    oracle = new H2Oracle("window_topn");
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
  void windowTopNEqualsH2(int parallelism, Case query) throws Exception {
    session.executeSql("SET 'parallelism.default' = '" + parallelism + "'");
    List<List<String>> sluice = Results.values(Results.run(session, query.sluice() + ";")).stream()
        .map(H2Oracle::normalize).toList();
    List<List<String>> h2 = oracle.query(query.h2());

    assertThat(h2).as("the oracle must have something to compare").isNotEmpty();
    assertThat(sluice).containsExactlyInAnyOrderElementsOf(h2);
  }
}
