package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import io.sluice.engine.StatementResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** EXPLAIN's execution plan shows the tasks the engine would run, with the session's options applied. */
class ExplainExecutionPlanTest {
  private final SluiceEngine engine = SluiceEngine.start();
  private final Session session = engine.newSession();

  @AfterEach
  void close() {
    engine.close();
  }

  private String explain(String sql) throws Exception {
    return ((StatementResult.Text) session.executeSql("EXPLAIN " + sql)).text();
  }

  private static String executionPlan(String explain) {
    return explain.substring(explain.indexOf("== Execution Plan ==\n"));
  }

  @Test
  void aProjectionRunsAsOneChainedTaskAtTheConfiguredParallelism() throws Exception {
    Results.run(session, SkeletonQueryTest.CREATE_T + "SET 'parallelism.default' = '3';");
    String plan = executionPlan(explain("SELECT id FROM t WHERE id > 5"));
    assertThat(plan).startsWith("== Execution Plan ==\n"
        + "Task 0: TableSourceScan(table=[t], fields=[id, name]) -> Calc(select=[id], where=[>(id, 5)]) "
        + "[parallelism=3]\n"
        + "Task 1: Collect [parallelism=1, input=global from Task 0]\n");
  }

  @Test
  void twoPhaseMiniBatchShowsTheLocalAndGlobalAggregates() throws Exception {
    Results.run(session, SkeletonQueryTest.CREATE_T + "SET 'parallelism.default' = '2';"
        + "SET 'table.exec.mini-batch.enabled' = 'true';"
        + "SET 'table.exec.mini-batch.allow-latency' = '1 s';"
        + "SET 'table.exec.mini-batch.size' = '100';"
        + "SET 'table.optimizer.agg-phase-strategy' = 'TWO_PHASE';");
    String plan = executionPlan(explain("SELECT name, COUNT(*) FROM t GROUP BY name"));
    assertThat(plan).containsPattern("Task 0: TableSourceScan\\(.*\\) -> LocalGroupAggregate\\(.*\\) "
        + "\\[parallelism=2\\]\n")
        .containsPattern("Task 1: GlobalGroupAggregate\\(.*\\) \\[parallelism=2, input=hash from Task 0\\]");

    Results.run(session, "SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';");
    assertThat(executionPlan(explain("SELECT name, COUNT(*) FROM t GROUP BY name")))
        .doesNotContain("LocalGroupAggregate").doesNotContain("GlobalGroupAggregate")
        .containsPattern("Task 1: GroupAggregate\\(.*\\) \\[parallelism=2, input=hash from Task 0\\]");
  }

  @Test
  void aHopCountIsSlicedButACountDistinctIsNot() throws Exception {
    Results.run(session, WindowQueryTest.CREATE_E);
    String hop = "FROM TABLE(HOP(TABLE e, DESCRIPTOR(ts), INTERVAL '2' SECOND, INTERVAL '10' SECOND)) "
        + "GROUP BY window_start, window_end";
    assertThat(executionPlan(explain("SELECT window_start, COUNT(*) " + hop)))
        .contains("SlicingWindowAggregate(window=[HOP(");
    assertThat(executionPlan(explain("SELECT window_start, COUNT(DISTINCT id) " + hop)))
        .doesNotContain("SlicingWindowAggregate").contains("WindowAggregate(window=[HOP(");
  }
}
