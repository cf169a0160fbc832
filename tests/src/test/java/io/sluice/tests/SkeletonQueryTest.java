package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.ErrorCode;
import io.sluice.common.Row;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import io.sluice.engine.StatementResult;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The walking skeleton's promise, through the same entry point the shell uses. */
class SkeletonQueryTest {
  static final String CREATE_T = "CREATE TABLE t (id BIGINT, name STRING) WITH ("
      + "'connector' = 'datagen', 'number-of-rows' = '1000',"
      + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '1000',"
      + "'fields.name.length' = '5');";

  private final SluiceEngine engine = SluiceEngine.start();
  private final Session session = engine.newSession();

  @AfterEach
  void close() {
    engine.close();
  }

  @ParameterizedTest(name = "parallelism {0}")
  @ValueSource(ints = {1, 4})
  void filterAndProjectionGiveExactlyTheTenRows(int parallelism) throws Exception {
    List<Row> rows = Results.run(session, "SET 'parallelism.default' = '" + parallelism + "';" + CREATE_T
        + "SELECT id, id * 2 AS twice FROM t WHERE MOD(id, 100) = 0;");

    List<List<Object>> expected = LongStream.rangeClosed(1, 10)
        .mapToObj(i -> List.<Object>of(i * 100, i * 200)).toList();
    assertThat(Results.values(rows)).containsExactlyInAnyOrderElementsOf(expected);
    if (parallelism == 1) {
      assertThat(Results.values(rows)).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void computedColumnsAreEvaluatedFromThePhysicalOnes() throws Exception {
    List<Row> rows = Results.run(session, "CREATE TABLE e (id BIGINT, "
        + "ts AS TIMESTAMPADD(SECOND, CAST(id AS INT), TIMESTAMP '2024-01-01 00:00:00'), "
        + "WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'datagen', "
        + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '3');"
        + "SELECT id, CAST(ts AS STRING) FROM e;");

    assertThat(Results.values(rows)).containsExactly(
        List.of(1L, "2024-01-01 00:00:01"), List.of(2L, "2024-01-01 00:00:02"), List.of(3L, "2024-01-01 00:00:03"));
  }

  @Test
  void viewsValuesAndUnionAll() throws Exception {
    List<Row> rows = Results.run(session, CREATE_T
        + "CREATE VIEW big AS SELECT id FROM t WHERE id > 998;"
        + "SELECT id FROM big UNION ALL SELECT * FROM (VALUES (CAST(7 AS BIGINT)));");

    assertThat(Results.values(rows)).containsExactlyInAnyOrder(List.of(999L), List.of(1000L), List.of(7L));
  }

  @Test
  void insertRunsAsABackgroundJobThatFinishes() throws Exception {
    Results.run(session, CREATE_T + "CREATE TABLE out_t (id BIGINT, name STRING) WITH ('connector' = 'blackhole');");
    StatementResult result = session.executeSql("INSERT INTO out_t SELECT id, UPPER(name) FROM t");

    assertThat(result).isInstanceOf(StatementResult.JobSubmitted.class);
    assertThat(engine.awaitJobs(java.time.Duration.ofSeconds(60))).isTrue();
    StatementResult jobs = session.executeSql("SHOW JOBS");
    assertThat(((StatementResult.Table) jobs).rows()).singleElement()
        .satisfies(row -> assertThat(row.get(2)).isEqualTo("FINISHED"));
  }

  @Test
  void anUnboundedQueryStreamsRowsUntilCancelled() throws Exception {
    Results.run(session, "CREATE TABLE u (id BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '50');");
    var query = (StatementResult.Query) session.executeSql("SELECT id FROM u");
    int received = 0;
    while (received < 3) {
      if (query.handle().poll(java.time.Duration.ofSeconds(5)) != null) {
        received++;
      }
    }
    assertThat(query.handle().isEnded()).isFalse();

    query.handle().cancel();
    Results.drain(query.handle());
    var jobs = (StatementResult.Table) session.executeSql("SHOW JOBS");
    assertThat(jobs.rows()).singleElement().satisfies(row -> assertThat(row.get(2)).isEqualTo("CANCELED"));
  }

  @Test
  void stopJobStopsABackgroundInsert() throws Exception {
    Results.run(session, "CREATE TABLE u (id BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '50');"
        + "CREATE TABLE sink (id BIGINT) WITH ('connector' = 'blackhole');");
    var job = (StatementResult.JobSubmitted) session.executeSql("INSERT INTO sink SELECT id FROM u");

    var stopped = (StatementResult.Info) session.executeSql("STOP JOB '" + job.jobId() + "'");
    assertThat(stopped.message()).contains(job.jobId()).contains("CANCELED");
    assertThatThrownBy(() -> session.executeSql("STOP JOB 'nope'"))
        .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_JOB));
  }

  @Test
  void syntaxErrorNamesLineColumnAndWhatWasExpected() {
    assertThatThrownBy(() -> session.parse("SELEC id FROM t;"))
        .isInstanceOfSatisfying(SqlException.class, e -> {
          assertThat(e.position()).isEqualTo(new SqlPosition(1, 1));
          assertThat(e.getMessage()).contains("SELEC").contains("SELECT").contains("CREATE");
        });
  }

  @Test
  void queryErrorsPointIntoTheScript() throws Exception {
    Results.run(session, CREATE_T);
    var statements = session.parse("SET 'parallelism.default' = '1';\nSELECT id,\n  nope FROM t;");
    session.execute(statements.get(0));

    assertThatThrownBy(() -> session.execute(statements.get(1)))
        .isInstanceOfSatisfying(SqlException.class, e -> {
          assertThat(e.position()).isEqualTo(new SqlPosition(3, 3));
          assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
          assertThat(e.detail()).contains("nope");
        });
  }

  @Test
  void unknownConnectorAndOptionListWhatExists() {
    assertThatThrownBy(() -> session.executeSql("CREATE TABLE x (a INT) WITH ('connector' = 'nope')"))
        .hasMessageContaining("nope").hasMessageContaining("datagen").hasMessageContaining("blackhole");
    assertThatThrownBy(() -> session.executeSql(
        "CREATE TABLE x (a INT) WITH ('connector' = 'datagen', 'rows-per-secnd' = '5')"))
        .hasMessageContaining("rows-per-secnd").hasMessageContaining("rows-per-second");
    assertThat(session.executeSql("SHOW TABLES")).isEqualTo(new StatementResult.Table(List.of("table name"),
        List.of()));
  }

  @Test
  void badSetKeyListsTheKnownKeysAndChangesNothing() {
    assertThatThrownBy(() -> session.executeSql("SET 'parallelism.defualt' = '2'"))
        .hasMessageContaining("parallelism.defualt")
        .hasMessageContaining("Did you mean 'parallelism.default'")
        .hasMessageContaining("pipeline.max-parallelism");
    assertThatThrownBy(() -> session.executeSql("SET 'parallelism.default' = 'two'"))
        .hasMessageContaining("Integer");
    assertThat(session.configuration().toMap()).isEmpty();
  }

  @Test
  void describeAndExplain() throws Exception {
    Results.run(session, CREATE_T);
    var describe = (StatementResult.Table) session.executeSql("DESCRIBE t");
    assertThat(describe.rows()).extracting(r -> r.get(0) + " " + r.get(1)).containsExactly("id BIGINT", "name STRING");

    var explain = (StatementResult.Text) session.executeSql("EXPLAIN SELECT id FROM t WHERE id > 5");
    assertThat(explain.text()).contains("== Optimized Physical Plan ==\n"
        + "Calc(select=[id], where=[>(id, 5)], changelogMode=[I])\n"
        + "+- TableSourceScan(table=[t], fields=[id, name], changelogMode=[I])");
  }
}
