package io.sluice.planner;

import static io.sluice.planner.PlannerTestSupport.catalogWithT;
import static io.sluice.planner.PlannerTestSupport.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.planner.plan.ChangelogMode;
import io.sluice.planner.plan.OverAggregateNode;
import io.sluice.planner.plan.PlanNode;
import org.junit.jupiter.api.Test;

/** OVER aggregation over {@code w (k, v, ts, pt, WATERMARK FOR ts)}: what it plans into and what it refuses. */
class OverPlanningTest {
  private final QueryPlanner planner = new QueryPlanner(PlannerTestSupport.withEvents(catalogWithT()));

  @Test
  void aRowsFrameCountsRowsAndARangeFrameMilliseconds() {
    OverAggregateNode rows = over("SELECT SUM(v) OVER (PARTITION BY k ORDER BY ts "
        + "ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) FROM w");
    OverAggregateNode range = over("SELECT SUM(v) OVER (ORDER BY ts "
        + "RANGE BETWEEN INTERVAL '2' MINUTE PRECEDING AND CURRENT ROW) FROM w");

    assertThat(rows.rows()).isTrue();
    assertThat(rows.preceding()).isEqualTo(3);
    assertThat(rows.changelogMode()).isEqualTo(ChangelogMode.INSERT_ONLY);
    assertThat(range.rows()).isFalse();
    assertThat(range.preceding()).isEqualTo(120_000);
    assertThat(range.partitionKeys()).isEmpty();
  }

  @Test
  void withoutAFrameTheWindowStartsAtThePartitionsFirstRow() {
    OverAggregateNode node = over("SELECT COUNT(*) OVER (PARTITION BY k ORDER BY ts) FROM w");

    assertThat(node.rows()).isFalse();
    assertThat(node.preceding()).isEqualTo(OverAggregateNode.UNBOUNDED);
  }

  @Test
  void refusesWhatNeedsAnotherOrderOrFrame() {
    assertThatThrownBy(() -> planner.planQuery(sql("SELECT SUM(v) OVER (PARTITION BY k ORDER BY v) FROM w")))
        .hasMessageContaining("OVER aggregation needs ORDER BY one event-time attribute");
    assertThatThrownBy(() -> planner.planQuery(sql("SELECT SUM(v) OVER (ORDER BY ts DESC) FROM w")))
        .hasMessageContaining("OVER aggregation needs ORDER BY one event-time attribute");
    assertThatThrownBy(() -> planner.planQuery(sql("SELECT SUM(v) OVER (ORDER BY pt) FROM w")))
        .hasMessageContaining("OVER aggregation needs ORDER BY one event-time attribute");
    assertThatThrownBy(() -> planner.planQuery(sql("SELECT SUM(v) OVER (ORDER BY ts "
        + "ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM w")))
        .hasMessageContaining("is not supported. OVER aggregation needs");
    assertThatThrownBy(() -> planner.planQuery(sql("SELECT LAG(v) OVER (ORDER BY ts) FROM w")))
        .hasMessageContaining("LAG OVER (...) is not supported, except ROW_NUMBER()");
  }

  private OverAggregateNode over(String query) {
    return find(planner.planQuery(sql(query)).root());
  }

  private static OverAggregateNode find(PlanNode node) {
    if (node instanceof OverAggregateNode over) {
      return over;
    }
    return node.inputs().stream().map(OverPlanningTest::find).filter(n -> n != null).findFirst().orElse(null);
  }
}
