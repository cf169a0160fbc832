package io.sluice.planner;

import static io.sluice.planner.PlannerTestSupport.catalogWithT;
import static io.sluice.planner.PlannerTestSupport.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.planner.plan.PlanNode;
import org.junit.jupiter.api.Test;

/** A query's columns have the names it gives them, even where the optimizer dropped a renaming projection. */
class OutputNamesTest {
  private final QueryPlanner planner = new QueryPlanner(catalogWithT());

  @Test
  void aProjectionThatOnlyRenamesKeepsItsNames() {
    PlanNode root = planner.planQuery(sql("SELECT id AS a, name AS b FROM t")).root();
    assertThat(root.outputType().names()).containsExactly("a", "b");
    assertThat(root.describe()).isEqualTo("Calc(select=[id AS a, name AS b])");
  }

  @Test
  void theRankNumberHasItsAlias() {
    PlanNode root = planner.planQuery(sql("SELECT * FROM (SELECT *, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM t) "
        + "WHERE rn <= 2")).root();
    assertThat(root.outputType().names()).containsExactly("id", "name", "rn");
  }

  @Test
  void namesThatAreAlreadyRightAddNothing() {
    assertThat(planner.planQuery(sql("SELECT * FROM t")).root().kind()).isEqualTo("TableSourceScan");
  }
}
