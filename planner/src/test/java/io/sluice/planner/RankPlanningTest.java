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
import io.sluice.planner.plan.DeduplicateNode;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.PlanPrinter;
import io.sluice.planner.plan.RankNode;
import io.sluice.planner.plan.RankRange;
import io.sluice.planner.plan.SortKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How Top-N and deduplication are recognised, what they emit and how sinks shape that. Table
 * {@code t (id BIGINT, name STRING)}; {@code d} adds a timestamp {@code ts}.
 */
class RankPlanningTest {
  private static final String TOP_2_PER_NAME =
      "SELECT name, id, rn FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY name ORDER BY id DESC) AS rn FROM t) "
          + "WHERE rn <= 2";
  private static final String LAST_PER_NAME =
      "SELECT name, id, ts FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY name ORDER BY ts DESC) AS rn FROM d) "
          + "WHERE rn = 1";

  private final Catalog catalog = catalog();
  private final QueryPlanner planner =
      new QueryPlanner(catalog, ConnectorCapabilities.of(
          table -> table.options().get("connector").equals("changelog"),
          table -> !table.options().get("connector").equals("filesystem")));

  @Test
  void rankBoundsAreReadFromEveryComparisonOfTheRankNumber() {
    assertThat(rank(query("rn <= 3")).range()).isEqualTo(new RankRange(1, 3));
    assertThat(rank(query("rn < 3")).range()).isEqualTo(new RankRange(1, 2));
    assertThat(rank(query("3 >= rn AND rn > 1")).range()).isEqualTo(new RankRange(2, 3));
    assertThat(rank(query("rn BETWEEN 2 AND 5 AND rn <= 4")).range()).isEqualTo(new RankRange(2, 4));
    assertThat(rank(query("rn = 2")).range()).isEqualTo(new RankRange(2, 2));
  }

  @Test
  void otherConditionsStayAboveTheRank() {
    PlanNode root = query("rn <= 3 AND rn <> 2 AND id > 5");
    assertThat(PlanPrinter.line(root)).contains("where=[AND(SEARCH(w0$o0, Sarg[(-∞..2L:BIGINT), "
        + "(2L:BIGINT..3L:BIGINT]]:BIGINT), >(id, 5))]");
    assertThat(rank(root).range()).isEqualTo(new RankRange(1, 3));
  }

  @Test
  void anEmptyRangeHasNoRows() {
    assertThat(query("rn <= 0").kind()).isEqualTo("Values");
    assertThat(query("rn > 3 AND rn < 2").kind()).isEqualTo("Values");
  }

  @Test
  void orderKeysCarryDirectionAndNullsPlace() {
    RankNode rank = rank(planner.planQuery(sql("SELECT * FROM (SELECT *, ROW_NUMBER() OVER (ORDER BY name, "
        + "id DESC NULLS FIRST) AS rn FROM t) WHERE rn <= 1")).root());
    assertThat(rank.orderBy()).containsExactly(new SortKey(1, true, true), new SortKey(0, false, true));
    assertThat(rank.partitionKeys()).isEmpty();
  }

  @Test
  void deduplicationNeedsATimeOrderAnInsertOnlyInputAndTheFirstRankOnly() {
    assertThat(find(planner.planQuery(sql(LAST_PER_NAME)).root(), DeduplicateNode.class).keepLast()).isTrue();
    assertThat(find(query("rn = 1"), RankNode.class).range()).as("ordered by a number").isEqualTo(
        new RankRange(1, 1));
    PlanNode overAggregate = planner.planQuery(sql("SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY "
        + "name ORDER BY ts) AS rn FROM (SELECT name, MAX(ts) AS ts FROM d GROUP BY name)) WHERE rn = 1")).root();
    assertThat(find(overAggregate, RankNode.class).changelogMode().toString()).as("over updates").isEqualTo("I,D");
  }

  @Test
  void aSinkKeyedByPartitionAndRankGetsUpserts() {
    PlannedQuery plan = planner.planInsert("top_by_rank", sql(TOP_2_PER_NAME), SqlPosition.START);
    assertThat(find(plan.root(), RankNode.class).changelogMode()).isEqualTo(ChangelogMode.UPSERT);
    PlannedQuery other = planner.planInsert("top_any", sql(TOP_2_PER_NAME), SqlPosition.START);
    assertThat(find(other.root(), RankNode.class).changelogMode()).isEqualTo(ChangelogMode.RETRACT);
  }

  @Test
  void aSinkKeyedByThePartitionGetsUpsertsOfADeduplication() {
    PlannedQuery plan = planner.planInsert("last_by_name", sql(LAST_PER_NAME), SqlPosition.START);
    assertThat(find(plan.root(), DeduplicateNode.class).changelogMode().toString()).isEqualTo("I,UA");
  }

  @Test
  void anAppendOnlySinkRefusesATopNNamingItAndTheKey() {
    assertThatThrownBy(() -> planner.planInsert("top_files", sql(TOP_2_PER_NAME), SqlPosition.START))
        .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.detail()).contains(
            "Rank(strategy=[AppendFastStrategy], rankType=[ROW_NUMBER], rankRange=[rankStart=1, rankEnd=2]",
            "declare PRIMARY KEY (name, rn) NOT ENFORCED on the sink"));
  }

  @Test
  void otherOverWindowsAreRefusedWithWhatIsSupported() {
    assertThatThrownBy(() -> planner.planQuery(sql("SELECT id, ROW_NUMBER() OVER (ORDER BY id) FROM t")))
        .isInstanceOf(SqlException.class).hasMessageContaining("except ROW_NUMBER()");
    assertThatThrownBy(() -> planner.planQuery(sql(
        "SELECT * FROM (SELECT *, RANK() OVER (ORDER BY id) AS r FROM t) WHERE r <= 3")))
        .isInstanceOf(SqlException.class).hasMessageContaining("except ROW_NUMBER()");
  }

  private PlanNode query(String condition) {
    return planner.planQuery(sql("SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY name ORDER BY id) "
        + "AS rn FROM t) WHERE " + condition)).root();
  }

  private static RankNode rank(PlanNode node) {
    return find(node, RankNode.class);
  }

  private static <T extends PlanNode> T find(PlanNode node, Class<T> kind) {
    return kind.isInstance(node) ? kind.cast(node) : find(node.inputs().get(0), kind);
  }

  private static Catalog catalog() {
    Catalog catalog = catalogWithT();
    TableResolver resolver = new TableResolver(catalog);
    var name = physical("name", TypeRoot.VARCHAR);
    var id = physical("id", TypeRoot.BIGINT);
    var ts = physical("ts", TypeRoot.TIMESTAMP);
    var rn = physical("rn", TypeRoot.BIGINT);
    catalog.create(resolver.resolve(PlannerTestSupport.createTable("d", List.of(name, id, ts), null)), false);
    catalog.create(resolver.resolve(createSink("top_by_rank", List.of(name, id, rn), List.of("name", "rn"),
        "print")), false);
    catalog.create(resolver.resolve(createSink("top_any", List.of(name, id, rn), List.of(), "print")), false);
    catalog.create(resolver.resolve(createSink("top_files", List.of(name, id, rn), List.of(), "filesystem")),
        false);
    catalog.create(resolver.resolve(createSink("last_by_name", List.of(name, id, ts), List.of("name"), "print")),
        false);
    return catalog;
  }
}
