package io.sluice.planner;

import static io.sluice.planner.PlannerTestSupport.catalogWithT;
import static io.sluice.planner.PlannerTestSupport.createSink;
import static io.sluice.planner.PlannerTestSupport.physical;
import static io.sluice.planner.PlannerTestSupport.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.SqlPosition;
import io.sluice.common.types.TypeRoot;
import io.sluice.planner.catalog.Catalog;
import io.sluice.planner.changelog.ConnectorCapabilities;
import io.sluice.planner.plan.ChangelogMode;
import io.sluice.planner.plan.GroupAggregateNode;
import io.sluice.planner.plan.JoinNode;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.SinkNode;
import io.sluice.planner.plan.WindowAggregateNode;
import io.sluice.sql.statement.CreateViewStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Window TVFs over {@code w (k, v, ts, pt, WATERMARK FOR ts)}: what they plan into and what they refuse. */
class WindowPlanningTest {
  private final Catalog catalog = catalog();
  private final QueryPlanner planner =
      new QueryPlanner(catalog, ConnectorCapabilities.of(
          table -> table.options().get("connector").equals("changelog"),
          table -> !table.options().get("connector").equals("filesystem")));

  @Test
  void aWindowAggregationIsInsertOnlySoAnAppendOnlySinkTakesIt() {
    SinkNode sink = (SinkNode) planner.planInsert("files", sql("SELECT k, COUNT(*) "
        + "FROM TABLE(TUMBLE(TABLE w, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY k, window_start, window_end"),
        SqlPosition.START).root();

    assertThat(find(sink, WindowAggregateNode.class).changelogMode()).isEqualTo(ChangelogMode.INSERT_ONLY);
    assertThat(sink.input().changelogMode()).isEqualTo(ChangelogMode.INSERT_ONLY);
  }

  @Test
  void windowTimeStaysAnEventTimeAttributeForTheNextWindow() {
    PlanNode root = planner.planQuery(sql("SELECT window_start, SUM(n) "
        + "FROM TABLE(TUMBLE(TABLE per_minute, DESCRIPTOR(wt), INTERVAL '1' HOUR)) GROUP BY window_start, window_end"))
        .root();

    WindowAggregateNode hourly = find(root, WindowAggregateNode.class);
    assertThat(hourly.window().size()).isEqualTo(3_600_000);
    assertThat(find(hourly.input(), WindowAggregateNode.class).window().size()).isEqualTo(60_000);
  }

  @Test
  void groupingAWindowAggregationByItsWindowIsACascadedWindowAggregationThatAWindowJoinTakes() {
    String counts = "SELECT k, COUNT(*) AS n, window_start AS ws, window_end AS we "
        + "FROM TABLE(HOP(TABLE w, DESCRIPTOR(ts), INTERVAL '2' SECOND, INTERVAL '10' SECOND)) "
        + "GROUP BY k, window_start, window_end";
    PlannedQuery plan = planner.planQuery(sql("SELECT c.k, c.n FROM (" + counts + ") AS c JOIN ("
        + "SELECT MAX(n) AS maxn, ws, we FROM (" + counts + ") AS m GROUP BY ws, we) AS m "
        + "ON c.ws = m.ws AND c.we = m.we AND c.n >= m.maxn"));

    assertThat(find(plan.root(), GroupAggregateNode.class)).isNull();
    JoinNode join = find(plan.root(), JoinNode.class);
    assertThat(join.kind()).isEqualTo("WindowJoin");
    assertThat(join.changelogMode()).isEqualTo(ChangelogMode.INSERT_ONLY);
    assertThat(plan.explain()).contains("WindowAggregate(window=[HOP(slide=[2 s], size=[10 s]) from "
        + "[window_start, window_end]], select=[window_start() AS window_start, window_end() AS window_end, "
        + "MAX(n) AS maxn], changelogMode=[I])");
  }

  @Test
  void groupingByOnlyOneBoundOfAWindowAggregationStaysAGroupAggregation() {
    PlanNode root = planner.planQuery(sql("SELECT ws, MAX(n) FROM (SELECT k, COUNT(*) AS n, window_start AS ws "
        + "FROM TABLE(TUMBLE(TABLE w, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY k, window_start, window_end) "
        + "AS c GROUP BY ws")).root();

    assertThat(find(root, GroupAggregateNode.class).changelogMode()).isEqualTo(ChangelogMode.RETRACT);
  }

  @Test
  void groupingByOnlyOneWindowBoundIsAnUpdatingGroupAggregation() {
    PlanNode root = planner.planQuery(sql("SELECT window_start, COUNT(*) "
        + "FROM TABLE(TUMBLE(TABLE w, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start")).root();

    assertThat(find(root, GroupAggregateNode.class).changelogMode()).isEqualTo(ChangelogMode.RETRACT);
  }

  @Test
  void offsetsAreShown() {
    PlannedQuery plan = planner.planQuery(sql("SELECT * FROM TABLE(HOP(TABLE w, DESCRIPTOR(ts), "
        + "INTERVAL '10' SECOND, INTERVAL '1' MINUTE, INTERVAL '3' SECOND))"));

    assertThat(plan.explain()).contains(
        "WindowTableFunction(window=[HOP(time_col=[ts], slide=[10 s], size=[1 min], offset=[3 s])]");
  }

  @Test
  void refusesWhatHasNoWindowSemantics() {
    assertThatThrownBy(() -> planner.planQuery(sql("SELECT * FROM TABLE(CUMULATE(TABLE w, DESCRIPTOR(ts), "
        + "INTERVAL '7' SECOND, INTERVAL '1' MINUTE))")))
        .hasMessageContaining("The size of CUMULATE must be a whole multiple of its step");
    assertThatThrownBy(() -> planner.planQuery(sql("SELECT * FROM TABLE(TUMBLE(TABLE counts, DESCRIPTOR(ts), "
        + "INTERVAL '1' MINUTE))")))
        .hasMessageContaining("TUMBLE over an updating input is not supported");
    assertThatThrownBy(() -> planner.planQuery(sql("SELECT * FROM TABLE(TUMBLE(TABLE w, DESCRIPTOR(k), "
        + "INTERVAL '1' MINUTE))")))
        .hasMessageContaining("The time column 'k' of TUMBLE must be of type TIMESTAMP or TIMESTAMP_LTZ");
    assertThatThrownBy(() -> planner.planQuery(sql("SELECT * FROM TABLE(TUMBLE(TABLE w, DESCRIPTOR(ts), 5))")))
        .hasMessageContaining("The size of TUMBLE must be a day-time INTERVAL");
    assertThatThrownBy(() -> planner.planQuery(sql("SELECT window_start, MAX(window_time) "
        + "FROM TABLE(TUMBLE(TABLE w, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end")))
        .hasMessageContaining("Aggregates over window_start, window_end or window_time are not supported");
  }

  private static <T extends PlanNode> T find(PlanNode node, Class<T> kind) {
    if (kind.isInstance(node)) {
      return kind.cast(node);
    }
    for (PlanNode input : node.inputs()) {
      T found = find(input, kind);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Catalog catalog() {
    Catalog catalog = PlannerTestSupport.withEvents(catalogWithT());
    catalog.create(new TableResolver(catalog).resolve(
        createSink("files", List.of(physical("k", TypeRoot.VARCHAR), physical("n", TypeRoot.BIGINT)), List.of(),
            "filesystem")), false);
    view(catalog, "per_minute", "SELECT window_time AS wt, COUNT(*) AS n "
        + "FROM TABLE(TUMBLE(TABLE w, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end, "
        + "window_time");
    view(catalog, "counts", "SELECT k, MAX(ts) AS ts FROM w GROUP BY k");
    return catalog;
  }

  private static void view(Catalog catalog, String name, String query) {
    catalog.create(new TableResolver(catalog).resolve(
        new CreateViewStatement(SqlPosition.START, "CREATE VIEW " + name, name, sql(query), false, false)), false);
  }
}
