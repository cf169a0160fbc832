package io.sluice.tests;

import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Top-N and deduplication give, once their changelog is folded, what H2's {@code ROW_NUMBER()} gives on the same
 * rows; and the changelog never retracts a row it did not emit. Input: 2,000 seeded datagen rows with a unique
 * {@code id}, a small key {@code k} (1 to 8), a one-letter {@code tag} with NULLs and a value {@code v} (1 to 100)
 * with NULLs; {@code ts} is a computed TIMESTAMP that is unique and out of step with {@code id}, so rows do not
 * arrive in ts order. Every ORDER BY ends with a unique column, so ties are broken alike in both engines, and H2
 * orders by the seconds of ts where Sluice orders by ts. Every query runs at parallelism 1 and 2.
 */
class TopNOracleTest extends OracleTestBase {
  private static final RowType SCHEMA = RowType.of(
      new Column("id", DataType.of(TypeRoot.BIGINT)),
      new Column("k", DataType.of(TypeRoot.INTEGER)),
      new Column("tag", DataType.string()),
      new Column("v", DataType.of(TypeRoot.INTEGER)));
  /** What Sluice's {@code ts} is, in seconds after 2024-01-01, for H2: 7919 is prime, so each id has its own. */
  private static final String TS_SECONDS = "MOD(id * 7919, 2000)";

  /** The same query, with H2 ordering by the seconds that make up ts. */
  private static OracleCase byTime(String sql) {
    return OracleCase.of(sql, sql.replaceAll("\\bts\\b", TS_SECONDS));
  }

  private static final List<OracleCase> CASES = List.of(
      OracleCase.same("SELECT * FROM (SELECT id, k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v DESC, id) AS rn "
          + "FROM r) AS s WHERE rn <= 3"),
      OracleCase.same("SELECT id, k, v FROM (SELECT id, k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v DESC, id) "
          + "AS rn FROM r) AS s WHERE rn <= 5"),
      OracleCase.same("SELECT * FROM (SELECT id, v, ROW_NUMBER() OVER (ORDER BY v, id DESC) AS rn FROM r) AS s "
          + "WHERE rn <= 10"),
      OracleCase.same("SELECT * FROM (SELECT id, tag, k, v, ROW_NUMBER() OVER (PARTITION BY tag "
          + "ORDER BY k ASC, v DESC NULLS FIRST, id DESC) AS rn FROM r) AS s WHERE rn <= 4"),
      OracleCase.same("SELECT id, k, rn FROM (SELECT id, k, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v NULLS LAST, "
          + "id) AS rn FROM r) AS s WHERE rn BETWEEN 3 AND 5"),
      OracleCase.same("SELECT id, k, rn FROM (SELECT id, k, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v DESC, id) "
          + "AS rn FROM r) AS s WHERE rn = 2"),
      OracleCase.same("SELECT id, k, v, rn FROM (SELECT id, k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY id DESC) "
          + "AS rn FROM r) AS s WHERE rn <= 4 AND v > 50"),
      OracleCase.same("SELECT id, tag, v, rn FROM (SELECT id, tag, v, ROW_NUMBER() OVER (PARTITION BY tag "
          + "ORDER BY MOD(v, 7) DESC, id) AS rn FROM r) AS s WHERE rn = 1"),
      OracleCase.same("SELECT * FROM (SELECT tag, cnt, ROW_NUMBER() OVER (ORDER BY cnt DESC, tag) AS rn "
          + "FROM (SELECT tag, COUNT(*) AS cnt FROM r GROUP BY tag) AS g) AS s WHERE rn <= 3"),
      OracleCase.same("SELECT * FROM (SELECT k, tag, total, ROW_NUMBER() OVER (PARTITION BY k ORDER BY total DESC, "
          + "tag) AS rn FROM (SELECT k, tag, SUM(v) AS total FROM r GROUP BY k, tag) AS g) AS s WHERE rn <= 2"),
      OracleCase.same("SELECT k, tag FROM (SELECT k, tag, ROW_NUMBER() OVER (PARTITION BY k ORDER BY hi, tag) AS rn "
          + "FROM (SELECT k, tag, MAX(v) AS hi FROM r GROUP BY k, tag) AS g) AS s WHERE rn <= 3"),
      OracleCase.same("SELECT * FROM (SELECT cnt, n, ROW_NUMBER() OVER (ORDER BY n DESC, cnt) AS rn FROM (SELECT cnt, "
          + "COUNT(*) AS n FROM (SELECT tag, k, COUNT(*) AS cnt FROM r GROUP BY tag, k) AS a GROUP BY cnt) AS g) "
          + "AS s WHERE rn <= 4"),
      byTime("SELECT id, k FROM (SELECT id, k, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts ASC) AS rn "
          + "FROM r) AS s WHERE rn = 1"),
      byTime("SELECT id, k, rn FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts DESC) AS rn "
          + "FROM r) AS s WHERE rn = 1"),
      byTime("SELECT id, tag FROM (SELECT id, tag, ROW_NUMBER() OVER (PARTITION BY tag ORDER BY ts DESC) "
          + "AS rn FROM r WHERE v > 20) AS s WHERE rn = 1"),
      byTime("SELECT id FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY ts) AS rn FROM r) AS s WHERE rn = 1"),
      byTime("SELECT id, k, rn FROM (SELECT id, k, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts DESC) "
          + "AS rn FROM r) AS s WHERE rn <= 2"));

  TopNOracleTest() {
    super("topn", new Input("CREATE TABLE r (id BIGINT, k INT, tag STRING, v INT, "
        + "ts AS TIMESTAMPADD(SECOND, MOD(CAST(id AS INT) * 7919, 2000), TIMESTAMP '2024-01-01 00:00:00'))"
        + " WITH ('connector' = 'datagen', 'rows-per-second' = '1000000', "
        + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '2000', "
        + "'fields.k.min' = '1', 'fields.k.max' = '8', "
        + "'fields.tag.length' = '1', 'fields.tag.null-rate' = '0.05', "
        + "'fields.v.min' = '1', 'fields.v.max' = '100', 'fields.v.null-rate' = '0.1')",
        "SELECT id, k, tag, v FROM r", 2000, "r", SCHEMA));
  }

  static Stream<Arguments> cases() {
    return withParallelism(CASES);
  }

  @ParameterizedTest(name = "[p={0}] {1}")
  @MethodSource("cases")
  void foldedChangelogEqualsH2(int parallelism, OracleCase query) throws Exception {
    assertSameAsH2WithStateTtl(parallelism, query, null);
  }

  /** A TTL far longer than the test changes the stored bytes (each value is stamped) but no result. */
  @ParameterizedTest(name = "[p={0}] {1}")
  @MethodSource("casesWithStateTtl")
  void aStateTtlThatDoesNotExpireChangesNothing(int parallelism, OracleCase query) throws Exception {
    assertSameAsH2WithStateTtl(parallelism, query, "1 h");
  }

  /** A Top-N, a Top-N over an aggregate and a deduplication. */
  static Stream<Arguments> casesWithStateTtl() {
    return withParallelism(List.of(CASES.get(0), CASES.get(8), CASES.get(12)));
  }
}
