package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.types.RowType;
import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Runs queries in Sluice and in H2 on the same rows and compares the answers. Before the tests, each input table
 * is created in Sluice, read back through it to the end and loaded into an in-memory H2 database, so both engines
 * see exactly the rows Sluice's sources produce. Results are compared as multisets, in {@link H2Oracle}'s normal
 * form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OracleTestBase {
  /**
   * A table of the input: the statement that creates it in Sluice, the query that reads it (its columns in the
   * order of {@code schema}), the number of rows it must have, and its name and schema in H2.
   */
  record Input(String create, String select, int rows, String h2Table, RowType schema) {}

  private final String databaseName;
  private final List<Input> inputs;
  protected SluiceEngine engine;
  protected Session session;
  protected H2Oracle oracle;

  /** An oracle test whose H2 database has the name, with the tables to create in Sluice and load, in order. */
  protected OracleTestBase(String databaseName, Input... inputs) {
    this.databaseName = databaseName;
    this.inputs = List.of(inputs);
  }

  /** Statements run before the input is created and read, such as settings; none by default. */
  protected List<String> settings() {
    return List.of();
  }

  /** Statements run after the input is loaded, such as views over it; none by default. */
  protected List<String> afterLoad() {
    return List.of();
  }

  /** Every case at parallelism 1, then every case at parallelism 2: the arguments (parallelism, case). */
  static Stream<Arguments> withParallelism(List<OracleCase> cases) {
    return Stream.of(1, 2).flatMap(p -> cases.stream().map(c -> Arguments.of(p, c)));
  }

  @BeforeAll
  void loadInput() throws Exception {
    engine = SluiceEngine.start();
    session = engine.newSession();
    for (String statement : settings()) {
      session.executeSql(statement);
    }
    oracle = new H2Oracle(databaseName);
    for (Input table : inputs) {
      session.executeSql(table.create());
      List<Row> input = Results.run(session, table.select() + ";");
      assertThat(input).as("rows of %s", table.h2Table()).hasSize(table.rows());
      oracle.load(table.h2Table(), table.schema(), Results.values(input));
    }
    for (String statement : afterLoad()) {
      session.executeSql(statement);
    }
  }

  @AfterAll
  void close() throws Exception {
    if (oracle != null) {
      oracle.close();
    }
    if (engine != null) {
      engine.close();
    }
  }

  /**
   * Runs the query at the parallelism and folds its changelog, which fails if it retracts a row it has not
   * emitted; the rows left must be H2's, and H2 must have some.
   */
  protected void assertSameAsH2(int parallelism, OracleCase query) throws Exception {
    List<Row> changelog = runAt(parallelism, query);
    assertSameRows(Changelog.fold(changelog), query);
  }

  /**
   * As {@link #assertSameAsH2}, with {@code table.exec.state.ttl} set to {@code stateTtl} (such as {@code 1 h}),
   * or reset to its default if it is null.
   */
  protected void assertSameAsH2WithStateTtl(int parallelism, OracleCase query, String stateTtl) throws Exception {
    session.executeSql(stateTtl == null ? "RESET 'table.exec.state.ttl'"
        : "SET 'table.exec.state.ttl' = '" + stateTtl + "'");
    assertSameAsH2(parallelism, query);
  }

  /** Runs an insert-only query at the parallelism: every row must be {@code +I}, and the rows H2's. */
  protected void assertInsertOnlySameAsH2(int parallelism, OracleCase query) throws Exception {
    List<Row> rows = runAt(parallelism, query);
    assertSameRows(Results.values(rows), query);
  }

  private List<Row> runAt(int parallelism, OracleCase query) throws Exception {
    session.executeSql("SET 'parallelism.default' = '" + parallelism + "'");
    return Results.run(session, query.sluice() + ";");
  }

  private void assertSameRows(List<List<Object>> rows, OracleCase query) throws Exception {
    List<List<String>> sluice = rows.stream().map(H2Oracle::normalize).toList();
    List<List<String>> h2 = oracle.query(query.h2());

    assertThat(h2).as("the oracle must have something to compare").isNotEmpty();
    assertThat(sluice).containsExactlyInAnyOrderElementsOf(h2);
  }
}
