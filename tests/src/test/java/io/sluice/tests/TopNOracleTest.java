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
 * Top-N and deduplication give, once their changelog is folded, what H2's {@code ROW_NUMBER()} gives on the same
 * rows; and the changelog never retracts a row it did not emit. Input: 2,000 seeded datagen rows with a unique
 * {@code id}, a small key {@code k} (1 to 8), a one-letter {@code tag} with NULLs and a value {@code v} (1 to 100)
 * with NULLs; {@code ts} is a computed TIMESTAMP that is unique and out of step with {@code id}, so rows do not
 * arrive in ts order. Every ORDER BY ends with a unique column, so ties are broken alike in both engines, and H2
 * orders by the seconds of ts where Sluice orders by ts. Every query runs at parallelism 1 and 2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopNOracleTest {
  private static final RowType SCHEMA = RowType.of(
      new Column("id", DataType.of(TypeRoot.BIGINT)),
      new Column("k", DataType.of(TypeRoot.INTEGER)),
      new Column("tag", DataType.string()),
      new Column("v", DataType.of(TypeRoot.INTEGER)));
  /** What Sluice's {@code ts} is, in seconds after 2024-01-01, for H2: 7919 is prime, so each id has its own. */
  private static final String TS_SECONDS = "MOD(id * 7919, 2000)";

  /** A query for both engines, or one text per engine where they differ. */
  record Case(String sluice, String h2) {
    static Case same(String sql) {
      return new Case(sql, sql);
    }

    /** The same query, with H2 ordering by the seconds that make up ts. */
    static Case byTime(String sql) {
      return new Case(sql, sql.replaceAll("\\bts\\b", TS_SECONDS));
    }

    @Override
    public String toString() {
      return sluice;
    }
  }

  private static final List<Case> CASES = List.of(
      Case.same("SELECT * FROM (SELECT id, k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v DESC, id) AS rn "
          + "FROM r) AS s WHERE rn <= 3"),
      Case.same("SELECT id, k, v FROM (SELECT id, k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v DESC, id) "
          + "AS rn FROM r) AS s WHERE rn <= 5"),
      Case.same("SELECT * FROM (SELECT id, v, ROW_NUMBER() OVER (ORDER BY v, id DESC) AS rn FROM r) AS s "
          + "WHERE rn <= 10"),
      Case.same("SELECT * FROM (SELECT id, tag, k, v, ROW_NUMBER() OVER (PARTITION BY tag "
          + "ORDER BY k ASC, v DESC NULLS FIRST, id DESC) AS rn FROM r) AS s WHERE rn <= 4"),
      Case.same("SELECT id, k, rn FROM (SELECT id, k, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v NULLS LAST, id) "
          + "AS rn FROM r) AS s WHERE rn BETWEEN 3 AND 5"),
      Case.same("SELECT id, k, rn FROM (SELECT id, k, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v DESC, id) "
          + "AS rn FROM r) AS s WHERE rn = 2"),
      Case.same("SELECT id, k, v, rn FROM (SELECT id, k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY id DESC) "
          + "AS rn FROM r) AS s WHERE rn <= 4 AND v > 50"),
      Case.same("SELECT id, tag, v, rn FROM (SELECT id, tag, v, ROW_NUMBER() OVER (PARTITION BY tag "
          + "ORDER BY MOD(v, 7) DESC, id) AS rn FROM r) AS s WHERE rn = 1"),
      Case.same("SELECT * FROM (SELECT tag, cnt, ROW_NUMBER() OVER (ORDER BY cnt DESC, tag) AS rn "
          + "FROM (SELECT tag, COUNT(*) AS cnt FROM r GROUP BY tag) AS g) AS s WHERE rn <= 3"),
      Case.same("SELECT * FROM (SELECT k, tag, total, ROW_NUMBER() OVER (PARTITION BY k ORDER BY total DESC, tag) "
          + "AS rn FROM (SELECT k, tag, SUM(v) AS total FROM r GROUP BY k, tag) AS g) AS s WHERE rn <= 2"),
      Case.same("SELECT k, tag FROM (SELECT k, tag, ROW_NUMBER() OVER (PARTITION BY k ORDER BY hi, tag) AS rn "
          + "FROM (SELECT k, tag, MAX(v) AS hi FROM r GROUP BY k, tag) AS g) AS s WHERE rn <= 3"),
      Case.same("SELECT * FROM (SELECT cnt, n, ROW_NUMBER() OVER (ORDER BY n DESC, cnt) AS rn FROM (SELECT cnt, "
          + "COUNT(*) AS n FROM (SELECT tag, k, COUNT(*) AS cnt FROM r GROUP BY tag, k) AS a GROUP BY cnt) AS g) "
          + "AS s WHERE rn <= 4"),
      Case.byTime("SELECT id, k FROM (SELECT id, k, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts ASC) AS rn "
          + "FROM r) AS s WHERE rn = 1"),
      Case.byTime("SELECT id, k, rn FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts DESC) AS rn "
          + "FROM r) AS s WHERE rn = 1"),
      Case.byTime("SELECT id, tag FROM (SELECT id, tag, ROW_NUMBER() OVER (PARTITION BY tag ORDER BY ts DESC) "
          + "AS rn FROM r WHERE v > 20) AS s WHERE rn = 1"),
      Case.byTime("SELECT id FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY ts) AS rn FROM r) AS s WHERE rn = 1"),
      Case.byTime("SELECT id, k, rn FROM (SELECT id, k, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts DESC) "
          + "AS rn FROM r) AS s WHERE rn <= 2"));

  private SluiceEngine engine;
  private Session session;
  private H2Oracle oracle;

  @BeforeAll
  void loadInput() throws Exception {
    engine = SluiceEngine.start();
    session = engine.newSession();
    session.executeSql("CREATE TABLE r (id BIGINT, k INT, tag STRING, v INT, "
        + "ts AS TIMESTAMPADD(SECOND, MOD(CAST(id AS INT) * 7919, 2000), TIMESTAMP '2024-01-01 00:00:00'))"
        + " WITH ('connector' = 'datagen', 'rows-per-second' = '1000000', "
        + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '2000', "
        + "'fields.k.min' = '1', 'fields.k.max' = '8', "
        + "'fields.tag.length' = '1', 'fields.tag.null-rate' = '0.05', "
        + "'fields.v.min' = '1', 'fields.v.max' = '100', 'fields.v.null-rate' = '0.1')");
    List<Row> input = Results.run(session, "SELECT id, k, tag, v FROM r;");
    assertThat(input).hasSize(2000);
    oracle = new H2Oracle("topn");
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
  void foldedChangelogEqualsH2(int parallelism, Case query) throws Exception {
    session.executeSql("RESET 'table.exec.state.ttl'");
    assertFoldedChangelogEqualsH2(parallelism, query);
  }

  /** A TTL far longer than the test changes the stored bytes (each value is stamped) but no result. */
  @ParameterizedTest(name = "[p={0}] {1}")
  @MethodSource("casesWithStateTtl")
  void aStateTtlThatDoesNotExpireChangesNothing(int parallelism, Case query) throws Exception {
    session.executeSql("SET 'table.exec.state.ttl' = '1 h'");
    assertFoldedChangelogEqualsH2(parallelism, query);
  }

  /** A Top-N, a Top-N over an aggregate and a deduplication. */
  static Stream<Arguments> casesWithStateTtl() {
    return Stream.of(1, 2).flatMap(p -> Stream.of(0, 8, 12).map(i -> Arguments.of(p, CASES.get(i))));
  }

  private void assertFoldedChangelogEqualsH2(int parallelism, Case query) throws Exception {
    session.executeSql("SET 'parallelism.default' = '" + parallelism + "'");
    List<Row> changelog = Results.run(session, query.sluice() + ";");
    List<List<String>> sluice = Changelog.fold(changelog).stream().map(H2Oracle::normalize).toList();
    List<List<String>> h2 = oracle.query(query.h2());

    assertThat(h2).as("the oracle must have something to compare").isNotEmpty();
    assertThat(sluice).containsExactlyInAnyOrderElementsOf(h2);
  }
}
