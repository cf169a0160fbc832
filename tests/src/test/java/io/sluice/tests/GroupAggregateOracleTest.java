package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Unbounded GROUP BY gives, once its changelog is folded, what H2 gives on the same rows; and the changelog never
 * retracts a row it did not emit. Input: seeded datagen rows with nulls, a low-cardinality string key ({@code tag},
 * 16 values and NULL) and a small integer key ({@code k}, 1 to 8), read once through Sluice and loaded into H2.
 * Every query runs at parallelism 1 and 2, per row and with mini-batch aggregation in one phase and in two
 * ({@link Mode}); the queries over an aggregate feed retractions to the second one. Where the two engines define a function differently (AVG of an
 * integer is an integer in Sluice, as in Flink; H2's AVG of a DOUBLE is a DECFLOAT) the H2 side is written to
 * match.
 */
class GroupAggregateOracleTest extends OracleTestBase {
  private static final RowType SCHEMA = RowType.of(
      new Column("id", DataType.of(TypeRoot.BIGINT)),
      new Column("k", DataType.of(TypeRoot.INTEGER)),
      new Column("tag", DataType.string()),
      new Column("v", DataType.of(TypeRoot.INTEGER)),
      new Column("amount", DataType.of(TypeRoot.DECIMAL, 10, 2)),
      new Column("score", DataType.of(TypeRoot.DOUBLE)));

  private static final List<OracleCase> CASES = List.of(
      OracleCase.same("SELECT tag, COUNT(*) FROM r GROUP BY tag"),
      OracleCase.same("SELECT k, COUNT(v), SUM(v), MIN(v), MAX(v) FROM r GROUP BY k"),
      OracleCase.same("SELECT tag, k, COUNT(*), SUM(amount) FROM r GROUP BY tag, k"),
      OracleCase.same("SELECT tag, SUM(v) FROM r GROUP BY tag HAVING COUNT(*) > 120"),
      OracleCase.same("SELECT k, COUNT(DISTINCT tag), COUNT(DISTINCT v) FROM r GROUP BY k"),
      OracleCase.same("SELECT tag, MIN(score), MAX(score), MIN(amount), MAX(id) FROM r GROUP BY tag"),
      OracleCase.of("SELECT k, AVG(v) FROM r GROUP BY k", "SELECT k, CAST(SUM(v) / COUNT(v) AS INT) FROM r GROUP BY k"),
      OracleCase.of("SELECT tag, ROUND(AVG(amount), 2), AVG(score) FROM r GROUP BY tag",
          "SELECT tag, ROUND(AVG(amount), 2), CAST(AVG(score) AS DOUBLE) FROM r GROUP BY tag"),
      OracleCase.same("SELECT COUNT(*), SUM(v), MIN(tag), MAX(amount), COUNT(DISTINCT k) FROM r"),
      OracleCase.same("SELECT k, SUM(v) FROM r WHERE score > 0.5 AND tag IS NOT NULL GROUP BY k"),
      OracleCase.same("SELECT DISTINCT tag, k FROM r WHERE v < 10"),
      OracleCase.same("SELECT k, COUNT(*) FILTER (WHERE v > 50), SUM(v) FILTER (WHERE tag < '8') FROM r GROUP BY k"),
      OracleCase.same("SELECT k * 10 + 1, tag, SUM(v) * 2 FROM r GROUP BY k, tag HAVING MAX(v) > 90"),
      OracleCase.same("SELECT cnt, COUNT(*) FROM (SELECT tag, COUNT(*) AS cnt FROM r GROUP BY tag) AS s GROUP BY cnt"),
      OracleCase.same("SELECT MIN(cnt), MAX(cnt), SUM(cnt), COUNT(*) "
          + "FROM (SELECT tag, k, COUNT(*) AS cnt FROM r GROUP BY tag, k) AS s"),
      OracleCase.same("SELECT k, MAX(total), MIN(total), COUNT(DISTINCT total) "
          + "FROM (SELECT k, tag, SUM(v) AS total FROM r GROUP BY k, tag) AS s GROUP BY k"),
      OracleCase.same("SELECT cnt, COUNT(*) "
          + "FROM (SELECT k, COUNT(*) AS cnt FROM r GROUP BY k HAVING COUNT(*) > 245) AS s GROUP BY cnt"),
      OracleCase.same("SELECT hi, COUNT(*), SUM(n) FROM (SELECT tag, MAX(v) AS hi, COUNT(*) AS n FROM r "
          + "WHERE v IS NOT NULL GROUP BY tag) AS s GROUP BY hi"));

  GroupAggregateOracleTest() {
    super("aggregates", new Input(
        "CREATE TABLE r (id BIGINT, k INT, tag STRING, v INT, amount DECIMAL(10, 2), score DOUBLE)"
            + " WITH ('connector' = 'datagen', 'rows-per-second' = '1000000', "
            + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '2000', "
            + "'fields.k.min' = '1', 'fields.k.max' = '8', "
            + "'fields.tag.length' = '1', 'fields.tag.null-rate' = '0.05', "
            + "'fields.v.min' = '1', 'fields.v.max' = '100', 'fields.v.null-rate' = '0.1', "
            + "'fields.amount.min' = '0', 'fields.amount.max' = '1000', "
            + "'fields.score.min' = '0', 'fields.score.max' = '1')",
        "SELECT * FROM r", 2000, "r", SCHEMA));
  }

  /** How the group aggregations run: the statements that set it up. */
  enum Mode {
    PER_ROW(List.of("RESET 'table.exec.mini-batch.enabled'")),
    // Small bundles, so that a query sees many and groups span them.
    MINI_BATCH(List.of("SET 'table.exec.mini-batch.enabled' = 'true'", "SET 'table.exec.mini-batch.size' = '50'",
        "SET 'table.exec.mini-batch.allow-latency' = '100 ms'",
        "SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE'")),
    TWO_PHASE(List.of("SET 'table.exec.mini-batch.enabled' = 'true'", "SET 'table.exec.mini-batch.size' = '50'",
        "SET 'table.exec.mini-batch.allow-latency' = '100 ms'",
        "SET 'table.optimizer.agg-phase-strategy' = 'TWO_PHASE'"));

    private final List<String> settings;

    Mode(List<String> settings) {
      this.settings = settings;
    }
  }

  @Test
  void miniBatchWithoutLatencyOrSizeIsRefusedNamingTheKey() {
    session.executeSql("SET 'table.exec.mini-batch.enabled' = 'true'");
    session.executeSql("RESET 'table.exec.mini-batch.allow-latency'");
    session.executeSql("SET 'table.exec.mini-batch.size' = '1000'");
    String query = "SELECT tag, COUNT(*) FROM r GROUP BY tag;";
    assertThatThrownBy(() -> Results.run(session, query))
        .hasMessageContaining("table.exec.mini-batch.allow-latency must be more than 0");
    session.executeSql("SET 'table.exec.mini-batch.allow-latency' = '1 s'");
    session.executeSql("RESET 'table.exec.mini-batch.size'");
    assertThatThrownBy(() -> Results.run(session, query))
        .hasMessageContaining("table.exec.mini-batch.size must be positive");
    session.executeSql("RESET 'table.exec.mini-batch.enabled'");
  }

  static Stream<Arguments> cases() {
    return Stream.of(Mode.values()).flatMap(mode -> withParallelism(CASES)
        .map(arguments -> Arguments.of(mode, arguments.get()[0], arguments.get()[1])));
  }

  @ParameterizedTest(name = "[{0}, p={1}] {2}")
  @MethodSource("cases")
  void foldedChangelogEqualsH2(Mode mode, int parallelism, OracleCase query) throws Exception {
    for (String statement : mode.settings) {
      session.executeSql(statement);
    }
    assertSameAsH2(parallelism, query);
  }
}
