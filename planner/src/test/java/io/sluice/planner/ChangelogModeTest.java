package io.sluice.planner;

import static io.sluice.planner.PlannerTestSupport.catalogWithT;
import static io.sluice.planner.PlannerTestSupport.createSink;
import static io.sluice.planner.PlannerTestSupport.physical;
import static io.sluice.planner.PlannerTestSupport.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.common.types.TypeRoot;
import io.sluice.planner.catalog.Catalog;
import io.sluice.planner.changelog.ConnectorCapabilities;
import io.sluice.planner.plan.ChangelogMode;
import io.sluice.planner.plan.GroupAggregateNode;
import io.sluice.planner.plan.PlanNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which changes each node emits, how sinks shape that, and which sinks refuse updates. */
class ChangelogModeTest {
  private final Catalog catalog = catalogWithSinks();
  private final QueryPlanner planner =
      new QueryPlanner(catalog, ConnectorCapabilities.of(
          table -> table.options().get("connector").equals("changelog"),
          table -> !table.options().get("connector").equals("filesystem")));

  @Test
  void aChangelogSourceRetractsAndAggregatesOverItTakeBackWhatItRetracts() {
    PlanNode scan = planner.planQuery(sql("SELECT name, cnt FROM versions")).root();
    assertThat(scan.changelogMode()).isEqualTo(ChangelogMode.RETRACT);

    PlanNode root = planner.planQuery(sql("SELECT MAX(cnt) FROM versions")).root();
    assertThat(root).isInstanceOf(GroupAggregateNode.class);
    assertThat(root.inputs().get(0).changelogMode()).isEqualTo(ChangelogMode.RETRACT);

    assertThatThrownBy(() -> planner.planInsert("files", sql("SELECT name, cnt FROM versions"), SqlPosition.START))
        .isInstanceOf(SqlException.class).hasMessageContaining("files");
  }

  @Test
  void aSelectOfAnAggregateRetracts() {
    PlanNode root = planner.planQuery(sql("SELECT name, COUNT(*) FROM t GROUP BY name")).root();

    assertThat(root.changelogMode()).isEqualTo(ChangelogMode.RETRACT);
    assertThat(root.inputs().get(0).changelogMode()).isEqualTo(ChangelogMode.INSERT_ONLY);
  }

  @Test
  void aSinkKeyedByTheGroupGetsUpserts() {
    PlannedQuery plan = insert("by_name", "SELECT name, COUNT(*) FROM t GROUP BY name");

    assertThat(aggregate(plan.root()).changelogMode()).isEqualTo(ChangelogMode.UPSERT);
    assertThat(plan.explain()).contains("GroupAggregate(groupBy=[name], select=[name, COUNT(*) AS EXPR$1], "
        + "changelogMode=[I,UA,D])");
  }

  @Test
  void aSinkWithoutKeyOrKeyedOtherwiseGetsRetractions() {
    assertThat(aggregate(insert("any_order", "SELECT name, COUNT(*) FROM t GROUP BY name").root())
        .changelogMode()).isEqualTo(ChangelogMode.RETRACT);
    assertThat(aggregate(insert("by_cnt", "SELECT COUNT(*), name FROM t GROUP BY name").root())
        .changelogMode()).isEqualTo(ChangelogMode.RETRACT);
  }

  @Test
  void aFilterOverAnAggregateNeedsRetractions() {
    PlanNode root = insert("by_name", "SELECT name, COUNT(*) FROM t GROUP BY name HAVING COUNT(*) > 2").root();

    assertThat(aggregate(root).changelogMode()).isEqualTo(ChangelogMode.RETRACT);
  }

  @Test
  void anAggregateOverAnAggregateTakesItsRetractions() {
    PlanNode root = insert("by_cnt",
        "SELECT cnt, MIN(name) FROM (SELECT name, COUNT(*) AS cnt FROM t GROUP BY name) GROUP BY cnt").root();

    GroupAggregateNode outer = aggregate(root);
    assertThat(outer.changelogMode()).isEqualTo(ChangelogMode.UPSERT);
    assertThat(outer.input().changelogMode()).isEqualTo(ChangelogMode.RETRACT);
  }

  @Test
  void anAppendOnlySinkRefusesUpdatesNamingTheOperatorAndTheFix() {
    assertThatThrownBy(() -> insert("files", "SELECT name, COUNT(*) FROM t WHERE id > 0 GROUP BY name"))
        .isInstanceOfSatisfying(SqlException.class, e -> {
          assertThat(e.position()).isEqualTo(SqlPosition.START);
          assertThat(e.detail()).contains("Table 'files' takes only inserts (connector 'filesystem')",
              "GroupAggregate(groupBy=[name], select=[name, COUNT(*) AS EXPR$1], changelogMode=[I,UB,UA,D])",
              "declare PRIMARY KEY (name) NOT ENFORCED on the sink, or use an upsert connector");
        });
  }

  @Test
  void anAppendOnlySinkTakesAnInsertOnlyQuery() {
    assertThat(insert("files", "SELECT name, id FROM t").root().inputs().get(0).changelogMode())
        .isEqualTo(ChangelogMode.INSERT_ONLY);
  }

  private PlannedQuery insert(String table, String query) {
    return planner.planInsert(table, sql(query), SqlPosition.START);
  }

  private static GroupAggregateNode aggregate(PlanNode node) {
    return node instanceof GroupAggregateNode aggregate ? aggregate : aggregate(node.inputs().get(0));
  }

  private static Catalog catalogWithSinks() {
    Catalog catalog = catalogWithT();
    TableResolver resolver = new TableResolver(catalog);
    var name = physical("name", TypeRoot.VARCHAR);
    var cnt = physical("cnt", TypeRoot.BIGINT);
    catalog.create(resolver.resolve(createSink("by_name", List.of(name, cnt), List.of("name"), "print")), false);
    catalog.create(resolver.resolve(createSink("any_order", List.of(name, cnt), List.of(), "print")), false);
    catalog.create(resolver.resolve(createSink("by_cnt", List.of(cnt, name), List.of("cnt"), "print")), false);
    catalog.create(resolver.resolve(createSink("files", List.of(name, cnt), List.of(), "filesystem")), false);
    catalog.create(resolver.resolve(createSink("versions", List.of(name, cnt), List.of("name"), "changelog")), false);
    return catalog;
  }
}
