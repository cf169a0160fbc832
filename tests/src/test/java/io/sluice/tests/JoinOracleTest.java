package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regular joins give, once their changelog is folded, what H2 gives on the same rows; and the changelog never
 * retracts a row it did not emit. Input: seeded datagen tables {@code a} (300 rows, key {@code k} 1 to 40 with
 * NULLs, value {@code v} with NULLs) and {@code b} (200 rows, key {@code k} 1 to 50, value {@code w}), so both
 * sides have rows without a match; for interval joins {@code ta} and {@code tb} (see {@link #timed}). Every
 * query runs at parallelism 1 and 2.
 */
class JoinOracleTest extends OracleTestBase {
  private static final Pattern INTERVAL = Pattern.compile("INTERVAL '(\\d+)' (MINUTE|SECOND)");

  /**
   * A FULL JOIN, which H2 lacks: for H2 the LEFT JOIN, then the RIGHT JOIN's rows where {@code leftColumn} (never
   * NULL in a left row) is NULL.
   */
  private static OracleCase fullJoin(String sql, String leftColumn) {
    return OracleCase.of(sql, sql.replace(" FULL JOIN ", " LEFT JOIN ") + " UNION ALL "
        + sql.replace(" FULL JOIN ", " RIGHT JOIN ") + " WHERE " + leftColumn + " IS NULL");
  }

  /** An interval join: for H2 the intervals in milliseconds, as it holds the times as epoch milliseconds. */
  private static OracleCase interval(String sql) {
    return OracleCase.of(sql, INTERVAL.matcher(sql).replaceAll(m -> String.valueOf(Long.parseLong(m.group(1))
        * (m.group(2).equals("MINUTE") ? 60_000 : 1_000))));
  }

  private static final List<OracleCase> CASES = List.of(
      OracleCase.same("SELECT a.id, b.id FROM a JOIN b ON a.k = b.k"),
      OracleCase.same("SELECT a.id, a.k, b.id FROM a LEFT JOIN b ON a.k = b.k"),
      OracleCase.same("SELECT a.id, b.id, b.k FROM a RIGHT JOIN b ON a.k = b.k"),
      fullJoin("SELECT a.id, b.id FROM a FULL JOIN b ON a.k = b.k", "a.id"),
      OracleCase.same("SELECT a.id, b.id FROM a JOIN b ON a.k = b.k AND a.v < b.w"),
      OracleCase.same("SELECT a.id, a.v, b.id FROM a LEFT JOIN b ON a.k = b.k AND a.v > b.w + 30"),
      fullJoin("SELECT a.id, b.id FROM a FULL JOIN b ON a.k = b.k AND a.v BETWEEN b.w - 10 AND b.w + 10",
          "a.id"),
      OracleCase.same("SELECT a.id, b.id FROM a JOIN b ON a.k = b.k WHERE a.v > 50 AND b.w < 30"),
      OracleCase.same("SELECT a.id, b.id FROM a JOIN b ON a.k + 1 = b.k"),
      OracleCase.same("SELECT a.id, b.id FROM a LEFT JOIN b ON a.k = b.k AND MOD(a.v, 5) = MOD(b.w, 5)"),
      OracleCase.same("SELECT x.id, y.id FROM a AS x JOIN a AS y ON x.k = y.k AND x.id < y.id"),
      OracleCase.same("SELECT a.id, b.id, c.id FROM a JOIN b ON a.k = b.k LEFT JOIN a AS c ON c.id = b.w"),
      OracleCase.same("SELECT g.k, g.cnt, b.id FROM (SELECT k, COUNT(*) AS cnt FROM a GROUP BY k) AS g "
          + "JOIN b ON g.k = b.k"),
      fullJoin("SELECT g.k, g.s, h.m FROM (SELECT k, SUM(v) AS s, COUNT(*) AS n FROM a GROUP BY k) AS g "
          + "FULL JOIN (SELECT k, MAX(w) AS m FROM b WHERE w > 20 GROUP BY k) AS h ON g.k = h.k", "g.n"),
      OracleCase.same("SELECT a.k, COUNT(*), SUM(b.w) FROM a LEFT JOIN b ON a.k = b.k GROUP BY a.k"),
      OracleCase.same("SELECT g.k, g.cnt, b.id FROM (SELECT k, COUNT(*) AS cnt FROM a GROUP BY k) AS g "
          + "RIGHT JOIN b ON g.k = b.k AND g.cnt > 7"),
      interval("SELECT ta.id, tb.id FROM ta JOIN tb ON ta.k = tb.k "
          + "AND ta.ts BETWEEN tb.ts - INTERVAL '1' MINUTE AND tb.ts"),
      interval("SELECT ta.id, tb.id FROM ta LEFT JOIN tb ON ta.k = tb.k "
          + "AND ta.ts > tb.ts - INTERVAL '30' SECOND AND ta.ts < tb.ts + INTERVAL '30' SECOND"),
      interval("SELECT ta.id, tb.id FROM ta RIGHT JOIN tb ON ta.k = tb.k AND tb.ts <= ta.ts "
          + "AND ta.ts <= tb.ts + INTERVAL '2' MINUTE AND ta.v > tb.v"),
      OracleCase.of("SELECT ta.id, tb.id FROM ta FULL JOIN tb ON ta.k = tb.k "
          + "AND ta.ts BETWEEN tb.ts - INTERVAL '20' SECOND AND tb.ts + INTERVAL '10' SECOND",
          "SELECT ta.id, tb.id FROM ta LEFT JOIN tb ON ta.k = tb.k AND ta.ts BETWEEN tb.ts - 20000 AND tb.ts + 10000 "
              + "UNION ALL SELECT ta.id, tb.id FROM ta RIGHT JOIN tb ON ta.k = tb.k "
              + "AND ta.ts BETWEEN tb.ts - 20000 AND tb.ts + 10000 WHERE ta.id IS NULL"),
      windowJoin("SELECT a.id, b.id FROM TABLE(TUMBLE(TABLE ta, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS a "
          + "JOIN TABLE(TUMBLE(TABLE tb, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS b "
          + "ON a.k = b.k AND a.window_start = b.window_start AND a.window_end = b.window_end",
          "SELECT ta.id, tb.id FROM ta JOIN tb ON ta.k = tb.k AND " + sameMinute("ta", "tb")),
      windowJoin("SELECT a.id, b.id FROM TABLE(TUMBLE(TABLE ta, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS a "
          + "LEFT JOIN TABLE(TUMBLE(TABLE tb, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS b "
          + "ON a.k = b.k AND a.window_start = b.window_start AND a.window_end = b.window_end AND a.v < b.v",
          "SELECT ta.id, tb.id FROM ta LEFT JOIN tb ON ta.k = tb.k AND ta.v < tb.v AND " + sameMinute("ta", "tb")),
      windowJoin("SELECT a.id, b.id FROM TABLE(TUMBLE(TABLE ta, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS a "
          + "RIGHT JOIN TABLE(TUMBLE(TABLE tb, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS b "
          + "ON a.k = b.k AND a.window_start = b.window_start AND a.window_end = b.window_end",
          "SELECT ta.id, tb.id FROM ta RIGHT JOIN tb ON ta.k = tb.k AND " + sameMinute("ta", "tb")),
      windowJoin("SELECT a.id, b.id FROM TABLE(TUMBLE(TABLE ta, DESCRIPTOR(ts), INTERVAL '30' SECOND)) AS a "
          + "FULL JOIN TABLE(TUMBLE(TABLE tb, DESCRIPTOR(ts), INTERVAL '30' SECOND)) AS b "
          + "ON a.k = b.k AND a.window_start = b.window_start AND a.window_end = b.window_end",
          "SELECT ta.id, tb.id FROM ta LEFT JOIN tb ON ta.k = tb.k AND ta.ts - MOD(ta.ts, 30000) = tb.ts - "
              + "MOD(tb.ts, 30000) UNION ALL SELECT ta.id, tb.id FROM ta RIGHT JOIN tb ON ta.k = tb.k AND "
              + "ta.ts - MOD(ta.ts, 30000) = tb.ts - MOD(tb.ts, 30000) WHERE ta.id IS NULL"),
      OracleCase.of("SELECT k, COUNT(*), MIN(aid), MAX(bid) FROM TABLE(TUMBLE(TABLE interval_pairs, "
          + "DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end, k",
          "SELECT ta.k, COUNT(*), MIN(ta.id), MAX(tb.id) FROM ta JOIN tb ON ta.k = tb.k "
              + "AND ta.ts BETWEEN tb.ts - 60000 AND tb.ts GROUP BY ta.ts - MOD(ta.ts, 60000), ta.k"),
      OracleCase.of("SELECT ta.id, tv.id, tv.v FROM ta JOIN tv FOR SYSTEM_TIME AS OF ta.ts ON ta.k = tv.k",
          "SELECT ta.id, tv.id, tv.v FROM ta JOIN tv ON ta.k = tv.k AND " + versionAt("ta")),
      OracleCase.of("SELECT ta.id, tv.id FROM ta LEFT JOIN tv FOR SYSTEM_TIME AS OF ta.ts "
          + "ON ta.k = tv.k AND tv.v > 30",
          "SELECT ta.id, tv.id FROM ta LEFT JOIN tv ON ta.k = tv.k AND tv.v > 30 AND " + versionAt("ta")),
      OracleCase.of("SELECT ta.id, d.w FROM ta JOIN dim FOR SYSTEM_TIME AS OF ta.pt AS d ON ta.k = d.dk",
          "SELECT ta.id, d.w FROM ta JOIN dim AS d ON ta.k = d.dk"),
      OracleCase.of("SELECT tb.id, tb.v, d.dk FROM tb LEFT JOIN dim FOR SYSTEM_TIME AS OF tb.pt AS d "
          + "ON tb.k = d.dk AND d.w > tb.v",
          "SELECT tb.id, tb.v, d.dk FROM tb LEFT JOIN dim AS d ON tb.k = d.dk AND d.w > tb.v"));

  /** H2's test that two rows' times (epoch milliseconds) fall in the same minute. */
  private static String sameMinute(String left, String right) {
    return left + ".ts - MOD(" + left + ".ts, 60000) = " + right + ".ts - MOD(" + right + ".ts, 60000)";
  }

  /** H2's test that the {@code tv} row is the version of its key valid at the time of the {@code left} row. */
  private static String versionAt(String left) {
    return "tv.ts = (SELECT MAX(x.ts) FROM tv AS x WHERE x.k = tv.k AND x.ts <= " + left + ".ts)";
  }

  private static OracleCase windowJoin(String sluice, String h2) {
    return OracleCase.of(sluice, h2);
  }

  JoinOracleTest() {
    super("joins", table("a", "v", 300, 40, "0.05"), table("b", "w", 200, 50, "0"), timed("ta", 400, 7919, ""),
        timed("tb", 300, 104_729, ""), timed("tv", 120, 31, ", PRIMARY KEY (k) NOT ENFORCED"), dimension());
  }

  /**
   * Views over the loaded tables, and {@code dim}: the jdbc table over H2's copy of {@code dim_rows}, in the
   * oracle's own in-memory database, so lookups read exactly the rows H2 joins.
   */
  @Override
  protected List<String> afterLoad() {
    return List.of("CREATE VIEW interval_pairs AS SELECT ta.id AS aid, tb.id AS bid, ta.k, ta.ts FROM ta "
            + "JOIN tb ON ta.k = tb.k AND ta.ts BETWEEN tb.ts - INTERVAL '1' MINUTE AND tb.ts",
        "CREATE TABLE dim (dk INT, w INT, PRIMARY KEY (dk) NOT ENFORCED) WITH ('connector' = 'jdbc', "
            + "'url' = 'jdbc:h2:mem:joins', 'table-name' = 'dim', "
            + "'lookup.cache.max-rows' = '10', 'lookup.cache.ttl' = '1 min')");
  }

  /** {@code dim}'s rows in H2: keys 1 to 15 (so some rows of {@code ta} and {@code tb} find none). */
  private static Input dimension() {
    return new Input("CREATE TABLE dim_rows (dk INT, w INT) WITH ('connector' = 'datagen', "
        + "'rows-per-second' = '1000000', 'fields.dk.kind' = 'sequence', 'fields.dk.start' = '1', "
        + "'fields.dk.end' = '15', 'fields.w.min' = '1', 'fields.w.max' = '100')",
        "SELECT dk, w FROM dim_rows", 15, "dim",
        RowType.of(new Column("dk", DataType.of(TypeRoot.INTEGER)), new Column("w", DataType.of(TypeRoot.INTEGER))));
  }

  /**
   * A table with an event time {@code ts} that is a shuffle of 600 seconds ({@code id * prime mod 600}, distinct
   * for up to 600 rows as the prime does not divide 600), a watermark delay larger than that, so no row is late,
   * and a processing time {@code pt}; H2 gets {@code ts} as epoch milliseconds.
   */
  private static Input timed(String table, int rows, int prime, String constraint) {
    return new Input("CREATE TABLE " + table + " (id BIGINT, k INT, v INT, ts AS TIMESTAMPADD(SECOND, "
        + "CAST(MOD(id * " + prime + ", 600) AS INT), TIMESTAMP '2024-01-01 00:00:00'), pt AS PROCTIME(), "
        + "WATERMARK FOR ts AS ts - INTERVAL '1000' SECOND" + constraint + ") WITH ('connector' = 'datagen', "
        + "'rows-per-second' = '1000000', "
        + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '" + rows + "', "
        + "'fields.k.min' = '1', 'fields.k.max' = '20', 'fields.v.min' = '1', 'fields.v.max' = '100')",
        "SELECT id, k, v, ts FROM " + table, rows, table,
        RowType.of(new Column("id", DataType.of(TypeRoot.BIGINT)), new Column("k", DataType.of(TypeRoot.INTEGER)),
            new Column("v", DataType.of(TypeRoot.INTEGER)), new Column("ts", DataType.of(TypeRoot.BIGINT))));
  }

  private static Input table(String table, String value, int rows, int keys, String keyNullRate) {
    return new Input("CREATE TABLE " + table + " (id BIGINT, k INT, " + value + " INT) WITH ("
        + "'connector' = 'datagen', 'rows-per-second' = '1000000', "
        + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '" + rows + "', "
        + "'fields.k.min' = '1', 'fields.k.max' = '" + keys + "', 'fields.k.null-rate' = '" + keyNullRate + "', "
        + "'fields." + value + ".min' = '1', 'fields." + value + ".max' = '100', "
        + "'fields." + value + ".null-rate' = '0.1')",
        "SELECT * FROM " + table, rows, table,
        RowType.of(new Column("id", DataType.of(TypeRoot.BIGINT)), new Column("k", DataType.of(TypeRoot.INTEGER)),
            new Column(value, DataType.of(TypeRoot.INTEGER))));
  }

  static Stream<Arguments> cases() {
    return withParallelism(CASES);
  }

  @ParameterizedTest(name = "[p={0}] {1}")
  @MethodSource("cases")
  void foldedChangelogEqualsH2(int parallelism, OracleCase query) throws Exception {
    assertSameAsH2WithStateTtl(parallelism, query, null);
  }

  /** A TTL far longer than the test changes the stored bytes but no result. */
  @ParameterizedTest(name = "[p={0}] {1}")
  @MethodSource("casesWithStateTtl")
  void aStateTtlThatDoesNotExpireChangesNothing(int parallelism, OracleCase query) throws Exception {
    assertSameAsH2WithStateTtl(parallelism, query, "1 h");
  }

  static Stream<Arguments> casesWithStateTtl() {
    return withParallelism(List.of(CASES.get(3), CASES.get(13)));
  }

  /** An outer interval join pads its unmatched rows once their interval has closed, so it never retracts. */
  @Test
  void anOuterIntervalJoinEmitsInsertsOnly() throws Exception {
    session.executeSql("SET 'parallelism.default' = '2'");
    List<Row> changelog = Results.run(session, CASES.get(17).sluice() + ";");
    assertThat(changelog).isNotEmpty().allMatch(row -> row.kind() == RowKind.INSERT);
  }

  @Test
  void aJoinWithoutAnEquiKeyIsRefusedNamingTheJoin() {
    assertThatThrownBy(() -> Results.run(session, "SELECT a.id, b.id FROM a JOIN b ON a.v < b.w;"))
        .hasMessageContaining("INNER JOIN ON <(v, w)")
        .hasMessageContaining("no equality between a column of each input");
  }
}
