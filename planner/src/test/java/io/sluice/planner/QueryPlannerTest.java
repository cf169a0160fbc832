package io.sluice.planner;

import static io.sluice.planner.PlannerTestSupport.catalogWithT;
import static io.sluice.planner.PlannerTestSupport.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.planner.plan.CalcNode;
import io.sluice.planner.plan.ScanNode;
import org.junit.jupiter.api.Test;

class QueryPlannerTest {
  private final QueryPlanner planner = new QueryPlanner(catalogWithT());

  @Test
  void projectionAndFilterBecomeOneCalcOverTheScan() {
    PlannedQuery plan = planner.planQuery(sql("SELECT id, id * 2 AS twice FROM t WHERE MOD(id, 100) = 0"));

    assertThat(plan.root()).isInstanceOf(CalcNode.class);
    assertThat(plan.root().inputs().get(0)).isInstanceOf(ScanNode.class);
    assertThat(plan.explain()).contains("== Optimized Physical Plan ==\n"
        + "Calc(select=[id, *(id, 2) AS twice], where=[=(MOD(id, 100), 0)], changelogMode=[I])\n"
        + "+- TableSourceScan(table=[t], fields=[id, name], changelogMode=[I])");
    assertThat(plan.root().outputType().names()).containsExactly("id", "twice");
  }

  @Test
  void unknownColumnNamesLineAndColumn() {
    assertThatThrownBy(() -> planner.planQuery(sql("SELECT id,\n  nope FROM t")))
        .isInstanceOfSatisfying(SqlException.class, e -> {
          assertThat(e.position()).isEqualTo(new SqlPosition(2, 3));
          assertThat(e.detail()).contains("nope");
        });
  }

  @Test
  void errorPositionsAreRelativeToTheScript() {
    var query = new io.sluice.sql.statement.SqlFragment("SELECT x FROM t", new SqlPosition(3, 5));
    assertThatThrownBy(() -> planner.planQuery(query))
        .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.position()).isEqualTo(new SqlPosition(3, 12)));
  }

  @Test
  void unknownTableIsAValidationError() {
    assertThatThrownBy(() -> planner.planQuery(sql("SELECT * FROM missing")))
        .isInstanceOfSatisfying(SqlException.class, e -> {
          assertThat(e.position()).isEqualTo(new SqlPosition(1, 15));
          assertThat(e.detail()).contains("missing");
        });
  }
}
