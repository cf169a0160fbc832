package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.engine.SessionUser;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.runtime.JobHandle;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Joins of every kind give, once their changelog is folded, what H2 gives on the same rows; and the changelog never
 * retracts a row it did not emit. Input: seeded datagen tables {@code a} (300 rows, key {@code k} 1 to 40 with
 * NULLs, value {@code v} with NULLs) and {@code b} (200 rows, key {@code k} 1 to 50, value {@code w}), so both
 * sides have rows without a match; for interval, window and temporal joins {@code ta}, {@code tb} and the versioned
 * {@code tv} (see {@link #timed}), whose rows come out of event-time order; for lookup joins the jdbc table
 * {@code dim}, which lives in the oracle's own H2 database, so H2 joins the very rows the lookups read. Every query
 * of {@link #CASES} runs at parallelism 1 and 2; those whose answer depends on arrival order (late rows, a
 * deduplicated versioned view) run at parallelism 1, where it is fixed.
 */
class JoinOracleTest extends OracleTestBase {
  @TempDir
  static Path files;

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
          "SELECT tb.id, tb.v, d.dk FROM tb LEFT JOIN dim AS d ON tb.k = d.dk AND d.w > tb.v"),
      OracleCase.of("SELECT ta.id, d.w FROM ta JOIN dim_file FOR SYSTEM_TIME AS OF ta.pt AS d ON ta.k = d.dk",
          "SELECT ta.id, d.w FROM ta JOIN dim AS d ON ta.k = d.dk"),
      // A BIGINT key against the file's INT column: looked up by value.
      OracleCase.of("SELECT tb.id, d.w FROM tb LEFT JOIN dim_file FOR SYSTEM_TIME AS OF tb.pt AS d "
          + "ON MOD(tb.id, 20) = d.dk", "SELECT tb.id, d.w FROM tb LEFT JOIN dim AS d ON MOD(tb.id, 20) = d.dk"));

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
        timed("tb", 300, 104_729, ""), timed("tv", 120, 31, ", PRIMARY KEY (k) NOT ENFORCED"), dimension(),
        withLateRows("la", 97), withLateRows("lb", 31), inOrder("tr"));
  }

  /** A table of 100 rows in event-time order, {@code ts} = {@code 5 * id} seconds, for a deduplicated view. */
  private static Input inOrder(String table) {
    return new Input("CREATE TABLE " + table + " (id BIGINT, k INT, ts AS TIMESTAMPADD(SECOND, CAST(5 * id AS INT), "
        + "TIMESTAMP '2024-01-01 00:00:00'), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ("
        + "'connector' = 'datagen', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', "
        + "'fields.id.end' = '100', 'fields.k.min' = '1', 'fields.k.max' = '20')",
        "SELECT id, k, ts FROM " + table, 100, table,
        RowType.of(new Column("id", DataType.of(TypeRoot.BIGINT)), new Column("k", DataType.of(TypeRoot.INTEGER)),
            new Column("ts", DataType.of(TypeRoot.BIGINT))));
  }

  /**
   * A temporal join of a versioned view, as in Flink's docs: the last row per key by event time. At parallelism
   * 1 the deduplication sees each key's rows in time order, so every row becomes a version, as in H2.
   */
  @Test
  void aDeduplicatedViewIsAVersionedTable() throws Exception {
    assertSameAsH2(1, OracleCase.of("SELECT ta.id, r.id FROM ta LEFT JOIN tr_latest FOR SYSTEM_TIME AS OF ta.ts AS r "
        + "ON ta.k = r.k", "SELECT ta.id, tr.id FROM ta LEFT JOIN tr ON ta.k = tr.k AND tr.ts = "
        + "(SELECT MAX(x.ts) FROM tr AS x WHERE x.k = tr.k AND x.ts <= ta.ts)"));
  }

  /**
   * A table whose rows come mostly in event-time order with a jitter of up to a minute ({@code ts} = {@code 2 * id
   * + id * prime mod 60} seconds) and a watermark 40 s behind the largest time so far, so some rows are late; read
   * by one subtask in id order with a watermark after every row, which rows are late is known in advance.
   */
  private static Input withLateRows(String table, int prime) {
    return new Input("CREATE TABLE " + table + " (id BIGINT, k INT, ts AS TIMESTAMPADD(SECOND, CAST(2 * id + "
        + "MOD(id * " + prime + ", 60) AS INT), TIMESTAMP '2024-01-01 00:00:00'), "
        + "WATERMARK FOR ts AS ts - INTERVAL '40' SECOND) WITH ('connector' = 'datagen', "
        + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '300', "
        + "'fields.k.min' = '1', 'fields.k.max' = '5')",
        "SELECT id, k, ts FROM " + table, 300, table,
        RowType.of(new Column("id", DataType.of(TypeRoot.BIGINT)), new Column("k", DataType.of(TypeRoot.INTEGER)),
            new Column("ts", DataType.of(TypeRoot.BIGINT))));
  }

  /** H2's rows of a {@link #withLateRows} table that are not late: above the watermark the rows before made. */
  private static String onTime(String table) {
    return "(SELECT * FROM " + table + " AS r WHERE r.ts > COALESCE((SELECT MAX(x.ts) FROM " + table
        + " AS x WHERE x.id < r.id), 0) - 40000)";
  }

  /**
   * Window joins over inputs with late rows, at parallelism 1 with a watermark after every row: the window
   * functions drop the late rows (none is late at the join itself), and the rest join as H2 joins the rows that
   * were not late.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("windowJoinsWithLateRows")
  void windowJoinsOverLateRowsJoinTheRowsOnTime(OracleCase query) throws Exception {
    session.executeSql("SET 'pipeline.auto-watermark-interval' = '0'");
    try {
      assertInsertOnlySameAsH2(1, query);
      assertThat(engine.awaitJobs(Duration.ofSeconds(60))).isTrue();
      List<JobHandle> jobs = engine.jobs().visibleTo(SessionUser.LOCAL);
      String lateRows = oracle.query("SELECT 600 - (SELECT COUNT(*) FROM " + onTime("la") + ") - (SELECT COUNT(*) "
          + "FROM " + onTime("lb") + ")").get(0).get(0);
      assertThat(jobs.get(jobs.size() - 1).counters().get(OperatorMetrics.LATE_ROWS_DROPPED))
          .as("late rows dropped").isEqualTo(Long.parseLong(lateRows)).isPositive();
    } finally {
      session.executeSql("RESET 'pipeline.auto-watermark-interval'");
    }
  }

  static Stream<OracleCase> windowJoinsWithLateRows() {
    String windows = "FROM TABLE(TUMBLE(TABLE la, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS a %s JOIN "
        + "TABLE(TUMBLE(TABLE lb, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS b ON a.k = b.k "
        + "AND a.window_start = b.window_start AND a.window_end = b.window_end";
    String h2 = "FROM " + onTime("la") + " AS a %s JOIN " + onTime("lb") + " AS b ON a.k = b.k "
        + "AND a.ts - MOD(a.ts, 60000) = b.ts - MOD(b.ts, 60000)";
    return Stream.of(
        OracleCase.of("SELECT a.id, b.id " + windows.formatted(""), "SELECT a.id, b.id " + h2.formatted("")),
        OracleCase.of("SELECT a.id, b.id " + windows.formatted("FULL"), "SELECT a.id, b.id "
            + h2.formatted("LEFT") + " UNION ALL SELECT a.id, b.id " + h2.formatted("RIGHT")
            + " WHERE a.id IS NULL"));
  }

  /**
   * Views over the loaded tables, and {@code dim}: the jdbc table over H2's copy of {@code dim_rows}, in the
   * oracle's own in-memory database, so lookups read exactly the rows H2 joins; {@code dim_file} is a CSV file
   * H2 writes of the same rows, looked up through the filesystem connector.
   */
  @Override
  protected List<String> afterLoad() {
    Path dimCsv = files.resolve("dim.csv");
    try {
      oracle.execute("CALL CSVWRITE('" + dimCsv + "', 'SELECT dk, w FROM dim', "
          + "'writeColumnHeader=false fieldDelimiter=')");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return List.of("CREATE VIEW tr_latest AS SELECT id, k, ts FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY k "
            + "ORDER BY ts DESC) AS rn FROM tr) WHERE rn = 1",
        "CREATE VIEW interval_pairs AS SELECT ta.id AS aid, tb.id AS bid, ta.k, ta.ts FROM ta "
            + "JOIN tb ON ta.k = tb.k AND ta.ts BETWEEN tb.ts - INTERVAL '1' MINUTE AND tb.ts",
        "CREATE TABLE dim (dk INT, w INT, PRIMARY KEY (dk) NOT ENFORCED) WITH ('connector' = 'jdbc', "
            + "'url' = 'jdbc:h2:mem:joins', 'table-name' = 'dim', "
            + "'lookup.cache.max-rows' = '10', 'lookup.cache.ttl' = '1 min')",
        "CREATE TABLE dim_file (dk INT, w INT) WITH ('connector' = 'filesystem', 'path' = '" + dimCsv + "', "
            + "'format' = 'csv')");
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

  /**
   * Interval and window joins release their state as the watermark passes: once the inputs have ended (and the
   * final watermark fired every timer), no keyed state entry is left, while a regular join still holds its rows.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("timeBoundedJoins")
  void intervalAndWindowJoinsHoldNoStateOnceTheInputsEnd(OracleCase query) throws Exception {
    session.executeSql("SET 'parallelism.default' = '2'");
    assertThat(Results.run(session, query.sluice() + ";")).isNotEmpty();
    assertThat(stateEntriesAtEndOfLastJob()).isZero();
  }

  static Stream<OracleCase> timeBoundedJoins() {
    return IntStream.rangeClosed(16, 23).mapToObj(CASES::get);
  }

  @Test
  void aRegularJoinStillHoldsItsRowsWhenTheInputsEnd() throws Exception {
    session.executeSql("SET 'parallelism.default' = '2'");
    Results.run(session, CASES.get(1).sluice() + ";");
    assertThat(stateEntriesAtEndOfLastJob()).isGreaterThan(300);
  }

  private long stateEntriesAtEndOfLastJob() throws InterruptedException {
    assertThat(engine.awaitJobs(Duration.ofSeconds(60))).isTrue();
    List<JobHandle> jobs = engine.jobs().visibleTo(SessionUser.LOCAL);
    return jobs.get(jobs.size() - 1).counters().get(OperatorMetrics.STATE_ENTRIES_AT_END);
  }

  @Test
  void aJoinWithoutAnEquiKeyIsRefusedNamingTheJoin() {
    assertThatThrownBy(() -> Results.run(session, "SELECT a.id, b.id FROM a JOIN b ON a.v < b.w;"))
        .hasMessageContaining("INNER JOIN ON <(v, w)")
        .hasMessageContaining("no equality between a column of each input");
  }
}
